package com.penguinmails.traffic.engagement;

import java.util.SplittableRandom;

/**
 * Mail security gateways that fetch every link of an incoming message seconds after delivery, before anyone reads it.
 *
 * <p>Each has the user agents, source networks and HTTP methods it is seen with, and the probability that it also
 * fetches the tracking pixel.
 */
public enum SecurityScanner {
    DEFENDER_SAFE_LINKS(new String[] {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.289 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36"},
            new String[] {"40.94.", "40.107.", "52.100.", "104.47."}, 0.0, 0.4),
    MIMECAST(new String[] {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36",
        "Mimecast-URL-Protect/1.0"},
            new String[] {"205.139.", "207.211.", "185.58."}, 0.7, 0.2),
    PROOFPOINT(new String[] {
        "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
        "python-requests/2.31.0"},
            new String[] {"148.163.", "67.231."}, 0.3, 0.5),
    BARRACUDA(new String[] {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36"},
            new String[] {"209.222.", "64.235."}, 0.5, 0.6);

    private final String[] userAgents;
    private final String[] networkPrefixes;
    private final double headShare;
    private final double pixelFetchRate;

    SecurityScanner(String[] userAgents, String[] networkPrefixes, double headShare, double pixelFetchRate) {
        this.userAgents = userAgents;
        this.networkPrefixes = networkPrefixes;
        this.headShare = headShare;
        this.pixelFetchRate = pixelFetchRate;
    }

    /** A user agent this scanner sends. */
    public String userAgent(SplittableRandom random) {
        return userAgents[random.nextInt(userAgents.length)];
    }

    /** An address in one of this scanner's networks (their /16 prefixes), as a dotted quad. */
    public String ip(SplittableRandom random) {
        return networkPrefixes[random.nextInt(networkPrefixes.length)] + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** HEAD or GET, in the proportion this scanner uses them. */
    public String httpMethod(SplittableRandom random) {
        return random.nextDouble() < headShare ? "HEAD" : "GET";
    }

    /** The probability that the scan also fetches the tracking pixel (an open). */
    public double pixelFetchRate() {
        return pixelFetchRate;
    }
}
