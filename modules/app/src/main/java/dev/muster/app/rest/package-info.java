/** REST resources that belong to no module: the API's reachability check. */
package dev.muster.app.rest;
