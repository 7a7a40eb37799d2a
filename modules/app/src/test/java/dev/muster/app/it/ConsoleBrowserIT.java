package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * driven by Selenium against the real WAR on Payara Micro: signing in, a refused sign-in, creating
 * a tenant, accepting the owner's invitation from the mail, inviting a colleague, a device's way
 * from an enrollment code made in the console through the enrollment API into the device pages, and
 * the dashboard's fleet counts and charts (the servers sample fleet presence every 2 s), a
 * webhook channel made in the console whose dead letters are retried from the delivery log (the
 * servers make 6 attempts 1 to 8 s apart, and may send to loopback), and the acknowledge link of a
 * critical alert's mail: through sign-in to the confirmation, refused when altered or for a stranger,
 * and switching a member of several organisations to the alert's.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

    private static final Pattern INVITATION_LINK = Pattern.compile("(https?://\\S+/invitation\\.xhtml#[A-Za-z0-9_-]{43})");
    private static final Pattern ACKNOWLEDGE_LINK = Pattern.compile("Acknowledge: (https?://\\S+/alerts/acknowledge\\.xhtml#([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+))");
    private static final String PASSWORD = "a-long-enough-password";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    private static WebDriver browser;

    @ArquillianResource
    URL serverUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("muster.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("muster.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startSignedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void aWrongPasswordIsRefusedWithOneGenericMessage() {
        signIn(MusterDeployment.ADMIN_EMAIL, "certainly-not-the-password");
        assertThat(browser.getCurrentUrl()).contains("/sign-in.xhtml");
        assertThat(pageText()).contains("The email or password is wrong.");
        assertThat(browser.findElement(By.id("signInForm:password")).getAttribute("value")).isEmpty();
    }

    @Test
    void thePlatformAdministratorSignsInAndOut() {
        signIn(MusterDeployment.ADMIN_EMAIL, MusterDeployment.adminPassword());
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        assertThat(pageText()).contains(MusterDeployment.ADMIN_EMAIL);

        browser.findElement(By.id("signOutForm:signOut")).click();
        waitFor().until(ExpectedConditions.urlContains("/sign-in.xhtml"));
        browser.get(url("members/list.xhtml"));
        assertThat(browser.getCurrentUrl()).as("signed out: pages need sign-in again").contains("/sign-in.xhtml");
    }

    @Test
    void aTenantCreatedInTheConsoleInvitesItsOwnerWhoInvitesAColleague() throws Exception {
        String slug = "web-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = slug + "-owner@example.com";
        String colleague = slug + "-colleague@example.com";

        signIn(MusterDeployment.ADMIN_EMAIL, MusterDeployment.adminPassword());
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.get(url("admin/tenants/list.xhtml"));
        type("tenantForm:slug", slug);
        type("tenantForm:name", "Web " + slug);
        type("tenantForm:contactEmail", "ops@" + slug + ".example");
        type("tenantForm:ownerEmail", owner);
        browser.findElement(By.id("tenantForm:createTenant")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), slug));
        type("tenantListForm:filter", slug);
        browser.findElement(By.id("tenantListForm:search")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tenantListForm:tenants"), slug));
        browser.findElement(By.id("signOutForm:signOut")).click();
        waitFor().until(ExpectedConditions.urlContains("/sign-in.xhtml"));

        // the owner follows the link in the invitation mail and sets a password
        browser.get(invitationLink(awaitMailTo(owner)));
        WebElement displayName = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("invitationForm:displayName")));
        assertThat(pageText()).contains("Web " + slug, owner);
        displayName.sendKeys("Olivia Owner");
        type("invitationForm:password", PASSWORD);
        browser.findElement(By.id("invitationForm:accept")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));

        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.get(url("members/list.xhtml"));
        type("inviteForm:inviteEmail", colleague);
        browser.findElement(By.id("inviteForm:sendInvite")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitationListForm:invitations"), colleague));

        browser.get(url("index.xhtml"));
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("pendingInvitations"))).getText())
                .as("the dashboard counts the colleague's pending invitation").isEqualTo("1");

        MimeMessage mail = awaitMailTo(colleague);
        assertThat(mail.getSubject()).isEqualTo("You are invited to Web " + slug + " on Muster");
        assertThat(Mailbox.body(mail)).contains(owner + " invites you");
    }

    @Test
    void aCodeMadeInTheConsoleEnrollsADeviceThatTheDevicePagesShow() throws Exception {
        String owner = tenantWithOwner("dev");
        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));

        browser.get(url("enrollment-codes/index.xhtml"));
        type("codeForm:note", "For the browser test");
        browser.findElement(By.id("codeForm:createCode")).click();
        String code = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("newCode"))).getText();
        assertThat(code).as("shown as two halves to read aloud").matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(pageText()).contains("shown only this once");

        Api.Reply enrolled = new Api(serverUrl).post("api/v1/enroll", Json.createObjectBuilder()
                .add("code", code).add("deviceKey", "browser-test-1").add("name", "Browser test device")
                .add("info", Json.createObjectBuilder().add("hostname", "bt-host")).build().toString());
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);

        browser.get(url("enrollment-codes/index.xhtml"));
        assertThat(browser.findElements(By.id("newCode"))).as("the code is shown once only").isEmpty();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("codeListForm:codes"), "browser-test-1"));

        browser.get(url("devices/index.xhtml"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deviceListForm:devices"), "Browser test device"));
        assertThat(browser.findElement(By.id("deviceListForm:devices")).getText()).contains("browser-test-1", "bt-host");
        browser.findElement(By.linkText("Browser test device")).click();
        waitFor().until(ExpectedConditions.urlContains("/devices/device.xhtml?id="));
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportedHostname"))).getText())
                .isEqualTo("bt-host");
        assertThat(browser.findElement(By.id("deviceKey")).getText()).isEqualTo("browser-test-1");
        assertThat(pageText()).as("the owner sees the device's history").contains("device.enrolled");
    }

    @Test
    void aDevicePreRegisteredInTheConsoleShowsItsSecretOnce() throws Exception {
        String owner = tenantWithOwner("pre");
        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));

        browser.get(url("devices/index.xhtml"));
        browser.findElement(By.id("pageActions:openPreRegister")).click();
        type("preRegisterForm:newName", "Pre-registered camera");
        type("preRegisterForm:newType", "camera");
        browser.findElement(By.id("preRegisterForm:preRegister")).click();
        String secret = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("newSecret"))).getText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pageText()).contains("shown only this once");
        assertThat(browser.findElement(By.id("deviceListForm:devices")).getText()).contains("Pre-registered camera");

        browser.navigate().refresh();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deviceListForm:devices"), "Pre-registered camera"));
        assertThat(browser.findElements(By.id("newSecret"))).as("a reload does not show the secret again").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(secret);
    }

    @Test
    void aBulkTagIsCountedBeforeItIsAppliedAndAnEditOfAStaleDeviceIsRefused() throws Exception {
        String owner = tenantWithOwner("bulk");
        Api ownerApi = new Api(serverUrl).signIn(owner, PASSWORD, owner.substring(0, owner.indexOf("-owner@")));
        for (String key : new String[]{"bulk-cam-1", "bulk-cam-2"}) {
            Api.Reply created = ownerApi.post("api/v1/devices", Json.createObjectBuilder().add("key", key).add("type", "camera")
                    .build().toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));

        browser.get(url("devices/index.xhtml"));
        WebElement table = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("deviceListForm:devices")));
        table.findElement(By.xpath(".//tr[contains(., 'bulk-cam-1')]//div[contains(@class, 'ui-chkbox-box')]")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deviceListForm:selectionCount"), "1 selected"));
        browser.findElement(By.id("deviceListForm:bulkTag")).click();
        type("bulkForm:bulkTagKey", "site");
        type("bulkForm:bulkTagValue", "berlin");
        browser.findElement(By.id("bulkForm:previewBulk")).click();
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulkForm:bulkCount"))).getText())
                .isEqualTo("This tags 1 device.");
        browser.findElement(By.id("bulkForm:applyBulk")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tagged 1 of 1 devices"));
        assertThat(rowText("bulk-cam-1")).contains("site=berlin");
        assertThat(rowText("bulk-cam-2")).doesNotContain("site=berlin");

        browser.findElement(By.linkText("bulk-cam-2")).click();
        type("deviceForm:name", "Second camera");
        String id = browser.findElement(By.id("deviceId")).getText();
        Api.Reply current = ownerApi.get("api/v1/devices/" + id);
        Api.Reply changedMeanwhile = ownerApi.with("If-Match", current.header("ETag")).send("PATCH", "api/v1/devices/" + id,
                "application/merge-patch+json", "{\"notes\": \"changed through the API\"}");
        assertThat(changedMeanwhile.status()).as(changedMeanwhile.toString()).isEqualTo(200);
        browser.findElement(By.id("deviceForm:saveDevice")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Someone else changed this device"));
        assertThat(browser.findElement(By.id("deviceForm:notes")).getAttribute("value")).isEqualTo("changed through the API");

        type("deviceForm:name", "Second camera");
        type("deviceForm:tags", "floor=3\nfloor=4");
        browser.findElement(By.id("deviceForm:saveDevice")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deviceForm"), "Line 2: the key floor is given twice."));
        type("deviceForm:tags", "floor=3");
        browser.findElement(By.id("deviceForm:saveDevice")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Device Second camera saved."));
        assertThat(pageText()).contains("device.updated");
    }

    @Test
    void aProvisioningKeyIsShownOnceAndCountsTheDevicesThatEnrollWithIt() throws Exception {
        String owner = tenantWithOwner("pk");
        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));

        browser.get(url("provisioning-keys/index.xhtml"));
        type("provisioningKeyForm:keyName", "Camera image");
        browser.findElement(By.id("provisioningKeyForm:createKey")).click();
        String key = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("newKey"))).getText();
        assertThat(key).startsWith("mp_");

        Api.Reply enrolled = new Api(serverUrl).post("api/v1/enroll", Json.createObjectBuilder()
                .add("provisioningKey", key).add("deviceKey", "image-cam-1").build().toString());
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);

        browser.get(url("provisioning-keys/index.xhtml"));
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("provisioningKeyListForm:provisioningKeys"), "Camera image"));
        assertThat(browser.findElements(By.id("newKey"))).as("the key is shown once only").isEmpty();
        assertThat(browser.findElement(By.id("provisioningKeyListForm:provisioningKeys")).getText())
                .contains(key.substring(3, 11), "1 / 100").doesNotContain(key);
    }

    @Test
    void theDashboardShowsTheFleetByPresenceWithChartsAndAnOperatorMarksADeviceOffline() throws Exception {
        String owner = tenantWithOwner("fleet");
        String slug = owner.substring(0, owner.indexOf("-owner@"));
        Api ownerApi = new Api(serverUrl).signIn(owner, PASSWORD, slug);
        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("count-ONLINE"))).getText())
                .as("usable without devices").isEqualTo("0");
        assertThat(pageText()).contains("No devices yet.");

        for (String key : new String[]{"dash-pre-1", "dash-pre-2"}) {
            assertThat(ownerApi.post("api/v1/devices", Json.createObjectBuilder().add("key", key).build().toString()).status()).isEqualTo(201);
        }
        String code = ownerApi.post("api/v1/enrollment-codes", "{}").json().getString("code");
        Api.Reply enrolled = new Api(serverUrl).post("api/v1/enroll", Json.createObjectBuilder().add("code", code)
                .add("deviceKey", "dash-live-1").add("name", "Live device").build().toString());
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        Api device = new Api(serverUrl).bearer(enrolled.json().getString("token"));
        assertThat(device.post("api/v1/device/heartbeat", "{\"os\": \"Debian\", \"agentVersion\": \"0.1.0\"}").status()).isEqualTo(200);
        awaitSampled(ownerApi, 1, 2);

        browser.get(url("index.xhtml"));
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("count-ONLINE"))).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("count-NEVER_SEEN")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("count-OFFLINE")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("count-STALE")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("fleetUptime")).getText()).contains("100.0 %");
        assertChartDrawn("presenceChart");
        assertChartDrawn("osChart");
        assertChartDrawn("agentVersionChart");

        browser.findElement(By.linkText("7 d")).click();
        waitFor().until(ExpectedConditions.urlContains("window=7d"));
        assertThat(browser.findElement(By.linkText("7 d")).getAttribute("class")).contains("selected");
        assertChartDrawn("presenceChart");

        browser.get(url("devices/device.xhtml?id=" + enrolled.json().getString("deviceId")));
        type("presenceForm:presenceNote", "unplugged for the move");
        browser.findElement(By.id("presenceForm:markOffline")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes"))).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "marked offline"));
        assertThat(browser.findElement(By.id("presenceState")).getText()).isEqualTo("Offline");
        assertThat(browser.findElement(By.id("presenceTimeline")).getText()).contains("by an operator");
        assertThat(pageText()).contains("device.presence-marked", "unplugged for the move");
    }

    /** Waits until the server's latest fleet sample counts these devices (the test servers sample every 2 s). */
    private static void awaitSampled(Api api, int online, int neverSeen) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            var points = api.get("api/v1/fleet/history").json().getJsonArray("points");
            if (!points.isEmpty() && points.getJsonObject(points.size() - 1).getInt("online") == online
                    && points.getJsonObject(points.size() - 1).getInt("neverSeen") == neverSeen) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no fleet sample with " + online + " online and " + neverSeen + " never seen");
    }

    /** The chart's canvas is on the page and Chart.js drew a chart into it. */
    private void assertChartDrawn(String id) {
        WebElement canvas = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + id + "'] canvas")));
        waitFor().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return Chart.getChart(arguments[0]) !== undefined", canvas)));
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(canvas.getSize().getHeight()).isPositive();
    }

    private String rowText(String deviceKey) {
        return browser.findElement(By.xpath("//*[@id='deviceListForm:devices']//tr[contains(., '" + deviceKey + "')]")).getText();
    }

    @Test
    void anOperatorAcknowledgesAnAlertWithANoteFromTheInboxAndSeesItOnTheTimeline() throws Exception {
        String owner = tenantWithOwner("inbox");
        String slug = owner.substring(0, owner.indexOf("-owner@"));
        Api ownerApi = new Api(serverUrl).signIn(owner, PASSWORD, slug);
        Api.Reply raised = ownerApi.post("api/v1/alerts", Json.createObjectBuilder().add("type", "GENERATOR_FAULT")
                .add("severity", "CRITICAL").add("message", "Generator fault at the depot").build().toString());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String id = raised.json().getString("id");
        assertThat(ownerApi.post("api/v1/alerts", Json.createObjectBuilder().add("type", "DOOR_OPEN").add("severity", "INFO")
                .add("message", "Back door open").build().toString()).status()).isEqualTo(201);

        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.get(url("alerts/index.xhtml"));
        assertThat(browser.findElement(By.id("alertTotal")).getText()).isEqualTo("2 alerts");
        assertThat(pageText()).contains("Critical: 1", "Info: 1");
        browser.findElement(By.linkText("Generator fault at the depot")).click();
        waitFor().until(ExpectedConditions.urlContains("/alerts/alert.xhtml"));
        String note = "Technician <b>on the way</b>";
        type("alertActionForm:note", note);
        browser.findElement(By.id("alertActionForm:acknowledge")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Alert acknowledged."));
        assertThat(browser.getCurrentUrl()).as("redirected after the save").contains("/alerts/alert.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("alertStatus")).getText()).isEqualTo("Acknowledged");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Acknowledged", owner, note);
        assertThat(browser.findElements(By.cssSelector("#timeline b"))).as("what the user typed is shown escaped").isEmpty();

        JsonObject alert = ownerApi.get("api/v1/alerts/" + id).json();
        assertThat(alert.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(alert.getString("acknowledgeNote")).isEqualTo(note);
        assertThat(ownerApi.get("api/v1/audit?action=alert.acknowledged").body()).contains("Generator fault at the depot");

        browser.get(url("alerts/index.xhtml"));
        type("alertFilterForm:type", "door_open");
        browser.findElement(By.id("alertFilterForm:search")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("alertTotal"), "1 alert"));
        browser.findElement(By.cssSelector("#alertListForm\\:alerts tbody .ui-chkbox-box")).click();
        browser.findElement(By.id("alertListForm:bulkResolve")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Resolved 1 of 1 selected alerts."));
        assertThat(ownerApi.get("api/v1/alerts?status=resolved").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anAdminSetsTheAlertRulesOfTheTenantAndOfADeviceGroup() throws Exception {
        String owner = tenantWithOwner("rules");
        String slug = owner.substring(0, owner.indexOf("-owner@"));
        Api ownerApi = new Api(serverUrl).signIn(owner, PASSWORD, slug);
        signIn(owner, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        browser.get(url("alerts/rules.xhtml"));
        assertThat(browser.findElement(By.id("tenantRulesForm:batteryBelow")).getAttribute("value")).isEqualTo("20");
        type("tenantRulesForm:batteryBelow", "15");
        type("tenantRulesForm:bssids", "AA-BB-CC-DD-EE-01");
        browser.findElement(By.id("tenantRulesForm:saveTenant")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Alert rules saved."));
        type("groupRulesForm:group", "lab");
        type("groupRulesForm:signalBelow", "-95");
        browser.findElement(By.id("groupRulesForm:saveGroup")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Override for group lab saved."));
        assertThat(browser.findElement(By.id("groupListForm:groups")).getText()).contains("lab", "-95");

        JsonObject rules = ownerApi.get("api/v1/alert-rules").json();
        assertThat(rules.getJsonObject("tenant").getInt("batteryBelowPercent")).isEqualTo(15);
        assertThat(rules.getJsonObject("tenant").getJsonArray("allowedBssids").getString(0)).isEqualTo("aa:bb:cc:dd:ee:01");
        JsonObject lab = rules.getJsonArray("groups").getJsonObject(0).getJsonObject("settings");
        assertThat(lab.getInt("signalBelowDbm")).isEqualTo(-95);
        assertThat(lab.containsKey("batteryBelowPercent") && !lab.isNull("batteryBelowPercent")).as("inherited").isFalse();
        assertThat(ownerApi.get("api/v1/audit?action=alert-rules.updated").json().getInt("total")).isEqualTo(2);
    }

    @Test
    void theAcknowledgeLinkInACriticalAlertsMailAcknowledgesAfterSignInWithANote() throws Exception {
        String owner = tenantWithOwner("ack");
        Api ownerApi = new Api(serverUrl).signIn(owner, PASSWORD, slugOf(owner));
        String[] raised = raiseCriticalAndMailItsLink(ownerApi, owner, "PUMP_STALLED", "Pump 3 stalled");
        String alertId = raised[0];
        String token = raised[1];
        String link = url("alerts/acknowledge.xhtml#" + token);

        // a mail scanner fetching the link sends no fragment and acknowledges nothing
        java.net.http.HttpResponse<String> scanned = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(scanned.statusCode()).isEqualTo(302);
        assertThat(scanned.headers().firstValue("Location").orElse("")).contains("/sign-in.xhtml").doesNotContain(token);
        assertThat(ownerApi.get("api/v1/alerts/" + alertId).json().getString("status")).isEqualTo("OPEN");

        // signed out: the link leads through sign-in to the confirmation page
        browser.get(link);
        waitFor().until(ExpectedConditions.urlContains("/sign-in.xhtml"));
        signInHere(owner, PASSWORD);
        WebElement note = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:note")));
        assertThat(browser.getCurrentUrl()).contains("/alerts/acknowledge.xhtml").doesNotContain("#").doesNotContain(token);
        assertThat(browser.findElement(By.id("alertMessage")).getText()).isEqualTo("Pump 3 stalled");
        assertThat(browser.findElement(By.id("alertStatus")).getText()).isEqualTo("Open");
        assertThat(pageText()).contains("PUMP_STALLED", "Critical");
        note.sendKeys("On my way to the pump house");
        browser.findElement(By.id("acknowledgeForm:confirm")).click();
        String outcome = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:outcome"))).getText();
        assertThat(outcome).startsWith("Acknowledged by you at ");
        assertThat(browser.findElement(By.id("alertStatus")).getText()).isEqualTo("Acknowledged");
        assertThat(browser.findElements(By.id("acknowledgeForm:confirm"))).isEmpty();

        JsonObject alert = ownerApi.get("api/v1/alerts/" + alertId).json();
        assertThat(alert.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(alert.getString("acknowledgedBy")).isEqualTo(owner);
        assertThat(alert.getString("acknowledgeNote")).isEqualTo("On my way to the pump house");
        assertThat(alert.getJsonArray("timeline").stream().map(e -> e.asJsonObject())
                .filter(e -> "ACKNOWLEDGED".equals(e.getString("kind")))
                .map(e -> e.getString("note", ""))).containsExactly("On my way to the pump house");
        assertThat(ownerApi.get("api/v1/audit?action=alert.acknowledged").body()).contains(alertId);

        // the same link again: nothing left to do
        openLink(link);
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:outcome"))).getText())
                .startsWith("Already acknowledged by " + owner + " at ");

        // a link whose token was changed is refused
        int claims = token.indexOf('.') + 8;
        String tampered = token.substring(0, claims) + (token.charAt(claims) == 'A' ? 'B' : 'A') + token.substring(claims + 1);
        openLink(url("alerts/acknowledge.xhtml#" + tampered));
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:refusal"))).getText())
                .contains("not valid");
        assertThat(browser.findElements(By.id("acknowledgeForm:confirm"))).isEmpty();

        // a member of another organisation is refused
        browser.manage().deleteAllCookies();
        String stranger = tenantWithOwner("ack-other");
        signIn(stranger, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        openLink(link);
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:refusal"))).getText())
                .contains("not a member");
        assertThat(pageText()).doesNotContain("Pump 3 stalled");
    }

    @Test
    void aMemberOfSeveralOrganisationsIsSwitchedToTheAlertsOneByItsLink() throws Exception {
        String user = tenantWithOwner("acka");
        String other = tenantWithOwner("ackb");
        Api otherApi = new Api(serverUrl).signIn(other, PASSWORD, slugOf(other));
        Api.Reply invited = otherApi.post("api/v1/invitations", Json.createObjectBuilder().add("email", user)
                .add("role", "OPERATOR").build().toString());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        MimeMessage invitation = Mailbox.awaitMailTo(SMTP, user, Duration.ofSeconds(30), "invited to Tenant " + slugOf(other));
        Api.Reply accepted = new Api(serverUrl).post("api/v1/invitations/accept", Json.createObjectBuilder()
                .add("token", Mailbox.invitationToken(invitation)).add("password", PASSWORD).build().toString());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String[] raised = raiseCriticalAndMailItsLink(otherApi, other, "DOOR_OPEN", "Server room door open");

        signIn(user, PASSWORD);
        waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
        assertThat(currentTenant()).as("the user starts in their first organisation by name").isEqualTo("Tenant " + slugOf(user));
        openLink(url("alerts/acknowledge.xhtml#" + raised[1]));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:confirm")));
        assertThat(pageText()).contains("Switched to the alert's organisation.", "Server room door open");
        assertThat(currentTenant()).isEqualTo("Tenant " + slugOf(other));
        browser.findElement(By.id("acknowledgeForm:confirm")).click();
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgeForm:outcome"))).getText())
                .startsWith("Acknowledged by you at ");
        JsonObject alert = otherApi.get("api/v1/alerts/" + raised[0]).json();
        assertThat(alert.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(alert.getString("acknowledgedBy")).isEqualTo(user);
    }

    /** Raises a CRITICAL alert in the tenant, which mails it to an EMAIL channel; returns its id and the mailed link's token. */
    private String[] raiseCriticalAndMailItsLink(Api ownerApi, String owner, String type, String message) throws Exception {
        String oncall = owner.replace("-owner@", "-oncall@");
        Api.Reply channel = ownerApi.post("api/v1/notification-channels", Json.createObjectBuilder().add("name", "On-call")
                .add("kind", "EMAIL").add("recipients", Json.createArrayBuilder().add(oncall))
                .add("severities", Json.createArrayBuilder().add("CRITICAL")).build().toString());
        assertThat(channel.status()).as(channel.toString()).isEqualTo(201);
        Api.Reply raised = ownerApi.post("api/v1/alerts", Json.createObjectBuilder().add("type", type)
                .add("severity", "CRITICAL").add("message", message).build().toString());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String body = Mailbox.body(awaitMailTo(oncall));
        Matcher matcher = ACKNOWLEDGE_LINK.matcher(body);
        assertThat(matcher.find()).as("acknowledge link in " + body).isTrue();
        return new String[]{raised.json().getString("id"), matcher.group(2)};
    }

    /** The organisation the tenant switcher shows as current. */
    private String currentTenant() {
        return new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("tenantSwitchForm:tenant")))
                .getFirstSelectedOption().getText();
    }

    private static String slugOf(String ownerEmail) {
        return ownerEmail.substring(0, ownerEmail.indexOf("-owner@"));
    }

    @Test
    void anAdminMakesAWebhookChannelSeesItsKeyOnceTestsItAndRetriesItsDeadLettersFromTheConsole() throws Exception {
        String owner = tenantWithOwner("notify");
        String slug = owner.substring(0, owner.indexOf("-owner@"));
        Api ownerApi = new Api(serverUrl).signIn(owner, PASSWORD, slug);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            signIn(owner, PASSWORD);
            waitFor().until(ExpectedConditions.urlContains("/index.xhtml"));
            browser.findElement(By.linkText("Notification channels")).click();
            waitFor().until(ExpectedConditions.urlContains("/notifications/channels.xhtml"));
            assertThat(pageText()).contains("No channels yet");

            // refusals of the API appear next to the input they concern
            type("channelForm:name", "Ops hook");
            type("channelForm:url", "ftp://example.com/hook");
            browser.findElement(By.id("channelForm:saveChannel")).click();
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("channelForm"), "must be an absolute http(s) URL"));
            assertThat(browser.findElement(By.id("channelForm:url")).getAttribute("class")).contains("ui-state-error");
            new Select(browser.findElement(By.id("channelForm:kind"))).selectByValue("EMAIL");
            type("channelForm:recipients", "oncall@example.com\nnot-an-address");
            browser.findElement(By.id("channelForm:saveChannel")).click();
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("channelForm"), "Entry 2: must be an email address"));
            assertThat(browser.findElement(By.id("channelForm:recipients")).getAttribute("class")).contains("ui-state-error");
            new Select(browser.findElement(By.id("channelForm:kind"))).selectByValue("WEBHOOK");

            // created: the signing key is shown once
            type("channelForm:url", receiver.url("/console-hook"));
            clickThenReload(browser.findElement(By.id("channelForm:saveChannel")));
            String key = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("newSecret"))).getText();
            assertThat(key).startsWith("whsec_");
            assertThat(pageText()).contains("Channel Ops hook created.", "shown only this once");
            assertThat(channelRow("Ops hook")).contains(receiver.url("/console-hook"), key.substring(0, 10)).doesNotContain(key);

            // a test arrives, signed with that key
            clickThenReload(channelButton("Ops hook", "test"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("Test notification to Ops hook queued");
            WebhookReceiver.Request test = receiver.await("/console-hook", 1, r -> true, Duration.ofSeconds(20)).get(0);
            assertThat(test.header("X-Muster-Signature")).as("signed with the key shown once")
                    .isEqualTo("v1=" + NotificationsContract.hmacSha256(key, test.header("X-Muster-Timestamp") + "." + test.body()));
            assertThat(browser.findElements(By.id("newSecret"))).as("the key is shown once only").isEmpty();
            assertThat(browser.getPageSource()).doesNotContain(key);

            // while the receiver fails, two tests end as dead letters after every attempt
            receiver.answer(500);
            clickThenReload(channelButton("Ops hook", "test"));
            clickThenReload(channelButton("Ops hook", "test"));
            List<String> dead = awaitDeliveryKeys(receiver, "/console-hook", 3).subList(1, 3);
            for (String id : dead) {
                NotificationsContract.awaitDelivery(ownerApi, id, "DEAD", Duration.ofSeconds(60));
            }

            browser.get(url("notifications/deliveries.xhtml"));
            new Select(browser.findElement(By.id("deliveryFilterForm:status"))).selectByValue("DEAD");
            browser.findElement(By.id("deliveryFilterForm:search")).click();
            waitFor().until(ExpectedConditions.urlContains("status=DEAD"));
            String deadLetters = browser.findElement(By.id("deliveryListForm:deliveries")).getText();
            assertThat(deadLetters).contains("Ops hook", "Dead letter", "HTTP 500").doesNotContain("Delivered");
            assertThat(browser.findElements(By.cssSelector("[id='deliveryListForm:deliveries'] tr[data-rk]"))).hasSize(2);

            // a delivery's attempts, then a retry of one dead letter from its row once the receiver is fixed
            WebElement first = deliveryRow(dead.get(0));
            first.findElement(By.cssSelector(".ui-row-toggler")).click();
            waitFor().until(d -> d.findElements(By.cssSelector("[id$=':attempts'] tbody tr")).size() == NotificationsContract.ATTEMPTS);
            assertThat(browser.findElement(By.cssSelector("[id$=':attempts']")).getText()).contains("Failed", "HTTP 500");
            receiver.answer(204);
            clickThenReload(deliveryRow(dead.get(0)).findElement(By.cssSelector("[id$=':retry']")));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("queued again");
            assertThat(browser.getCurrentUrl()).as("the filter stays").contains("status=DEAD");
            receiver.await("/console-hook", NotificationsContract.ATTEMPTS + 1, r -> dead.get(0).equals(r.header("Idempotency-Key")),
                    Duration.ofSeconds(20));
            NotificationsContract.awaitDelivery(ownerApi, dead.get(0), "DELIVERED", Duration.ofSeconds(10));

            // and of the other as a selection
            browser.navigate().refresh();
            deliveryRow(dead.get(1)).findElement(By.cssSelector(".ui-chkbox-box")).click();
            clickThenReload(browser.findElement(By.id("deliveryListForm:retrySelected")));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("Queued 1 of 1 selected deliveries again.");
            receiver.await("/console-hook", NotificationsContract.ATTEMPTS + 1, r -> dead.get(1).equals(r.header("Idempotency-Key")),
                    Duration.ofSeconds(20));
            NotificationsContract.awaitDelivery(ownerApi, dead.get(1), "DELIVERED", Duration.ofSeconds(10));
            assertThat(ownerApi.get("api/v1/audit?action=notification-delivery.retried").body()).contains(dead.get(0), dead.get(1));

            // an alert's delivery links to the alert
            Api.Reply raised = ownerApi.post("api/v1/alerts", Json.createObjectBuilder().add("type", "PUMP_FAULT")
                    .add("severity", "MAJOR").add("message", "Pump fault in hall 2").build().toString());
            assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
            String alertId = raised.json().getString("id");
            receiver.await("/console-hook", 1, r -> r.body().contains(alertId), Duration.ofSeconds(20));
            browser.get(url("notifications/deliveries.xhtml"));
            browser.findElement(By.cssSelector("[id='deliveryListForm:deliveries'] a[href*='alerts/alert.xhtml?id=" + alertId + "']")).click();
            waitFor().until(ExpectedConditions.urlContains("/alerts/alert.xhtml?id=" + alertId));

            // edited: the form holds the channel, a severity ticked narrows what it hears
            browser.get(url("notifications/channels.xhtml"));
            channelButton("Ops hook", "edit").click();
            waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("channelForm"), "Edit channel"));
            assertThat(browser.findElement(By.id("channelForm:name")).getAttribute("value")).isEqualTo("Ops hook");
            assertThat(browser.findElement(By.id("channelForm:url")).getAttribute("value")).isEqualTo(receiver.url("/console-hook"));
            browser.findElement(By.xpath("//*[@id='channelForm:severities']//input[@value='CRITICAL']"
                    + "/ancestor::div[contains(@class, 'ui-chkbox')][1]//div[contains(@class, 'ui-chkbox-box')]")).click();
            clickThenReload(browser.findElement(By.id("channelForm:saveChannel")));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("Channel Ops hook saved.");
            assertThat(channelRow("Ops hook")).contains("Critical · all types");
            assertThat(ownerApi.get("api/v1/audit?action=notification-channel.updated").json().getInt("total")).isEqualTo(1);

            // switched off, then deleted after a confirmation
            clickThenReload(channelButton("Ops hook", "disable"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("Channel Ops hook switched off.");
            assertThat(channelRow("Ops hook")).contains("Off");
            channelButton("Ops hook", "delete").click();
            clickThenReload(waitFor().until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes"))));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("Channel Ops hook deleted.");
            assertThat(pageText()).contains("No channels yet");
        }
    }

    /** Clicks something whose action ends in a redirect, and waits until the page it redirects to is there. */
    private void clickThenReload(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        waitFor().until(ExpectedConditions.stalenessOf(page));
        waitFor().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The idempotency keys (delivery ids) of the first {@code count} deliveries that reached {@code path}, in order. */
    private static List<String> awaitDeliveryKeys(WebhookReceiver receiver, String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<String> keys = List.of();
        while (System.nanoTime() < deadline) {
            keys = receiver.requests(path).stream().map(r -> r.header("Idempotency-Key")).distinct().toList();
            if (keys.size() >= count) {
                return keys.subList(0, count);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " deliveries to " + path + ": " + keys);
    }

    private String channelRow(String name) {
        return browser.findElement(By.xpath("//*[@id='channelListForm:channels']//tr[contains(., '" + name + "')]")).getText();
    }

    private WebElement channelButton(String channel, String action) {
        return waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='channelListForm:channels']//tr[contains(., '" + channel + "')]//*[substring(@id, string-length(@id) - "
                        + action.length() + ") = ':" + action + "']")));
    }

    private WebElement deliveryRow(String id) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='deliveryListForm:deliveries'] tr[data-rk='" + id + "']")));
    }

    /** A new tenant whose owner accepted the invitation with {@link #PASSWORD}; returns the owner's email. */
    private String tenantWithOwner(String prefix) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = slug + "-owner@example.com";
        Api anonymous = new Api(serverUrl);
        Api admin = anonymous.signIn(MusterDeployment.ADMIN_EMAIL, MusterDeployment.adminPassword(), null);
        Api.Reply created = admin.post("api/v1/tenants", Json.createObjectBuilder().add("slug", slug).add("name", "Tenant " + slug)
                .add("contactEmail", "ops@" + slug + ".example").add("ownerEmail", owner).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply accepted = anonymous.post("api/v1/invitations/accept", Json.createObjectBuilder()
                .add("token", Mailbox.invitationToken(awaitMailTo(owner))).add("displayName", "Owner of " + slug)
                .add("password", PASSWORD).build().toString());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return owner;
    }

    private void signIn(String email, String password) {
        browser.get(url("sign-in.xhtml"));
        type("signInForm:email", email);
        type("signInForm:password", password);
        browser.findElement(By.id("signInForm:signIn")).click();
        waitFor().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Opens a link as from a mail: a fresh load, also when the browser is on the same page already (a
     * link differing only in its fragment would otherwise just scroll).
     */
    private void openLink(String link) {
        browser.get("about:blank");
        browser.get(link);
    }

    /** Signs in on the sign-in page the browser is on (keeping its {@code next}). */
    private void signInHere(String email, String password) {
        type("signInForm:email", email);
        type("signInForm:password", password);
        browser.findElement(By.id("signInForm:signIn")).click();
    }

    private void type(String id, String text) {
        WebElement input = waitFor().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits up to 20 s. Besides stale elements, the wait retries Chrome's "Node with given id does not belong to
     * the document": an Ajax update that replaces the element between the lookup and the read raises it as a plain
     * {@link WebDriverException}. A condition that never holds still ends in a timeout naming the last error.
     */
    private WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private String url(String path) {
        return serverUrl.toString().replaceAll("/$", "") + "/" + path;
    }

    /** The link from the mail, pointed at the server under test (the mail uses the configured public URL). */
    private String invitationLink(MimeMessage mail) {
        String body = Mailbox.body(mail);
        Matcher matcher = INVITATION_LINK.matcher(body);
        assertThat(matcher.find()).as("invitation link in " + body).isTrue();
        return url(matcher.group(1).substring(matcher.group(1).indexOf("invitation.xhtml")));
    }

    private static MimeMessage awaitMailTo(String recipient) throws Exception {
        return Mailbox.awaitMailTo(SMTP, recipient, Duration.ofSeconds(30));
    }
}
