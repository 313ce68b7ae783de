/**
 * A {@link dev.accountsecurity.spi.GeoLookup} over a location database in MaxMind's MMDB format:
 * MaxMind GeoLite2 and GeoIP2, DB-IP Lite, and the country files of the ip-location-db project.
 */
@NullMarked
package dev.accountsecurity.geoip;

import org.jspecify.annotations.NullMarked;
