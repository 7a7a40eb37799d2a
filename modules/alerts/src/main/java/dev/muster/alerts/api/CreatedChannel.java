package dev.muster.alerts.api;

/**
 * A channel just created or whose signing key was just rotated.
 *
 * @param secret a webhook channel's HMAC signing key, in this answer and nowhere else, ever; null
 *               for other kinds
 */
public record CreatedChannel(ChannelView channel, String secret) {
}
