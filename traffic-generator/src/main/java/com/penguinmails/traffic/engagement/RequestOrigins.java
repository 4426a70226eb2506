package com.penguinmails.traffic.engagement;

import java.util.SplittableRandom;

/**
 * User agents and source addresses of the machines and people that fetch tracking pixels and links: Apple's MPP proxy,
 * webmail image proxies, crawlers, and people's mail clients and browsers.
 */
public final class RequestOrigins {

    /** What Apple Mail Privacy Protection sends: a bare generic agent. */
    public static final String APPLE_MPP_USER_AGENT = "Mozilla/5.0";
    public static final String GOOGLE_IMAGE_PROXY_USER_AGENT =
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
    public static final String YAHOO_IMAGE_PROXY_USER_AGENT =
            "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html";

    private static final String[] GOOGLE_PROXY_NETWORKS = {"66.249.84.", "66.249.88.", "66.102.8.", "74.125.151."};
    private static final String[] YAHOO_PROXY_NETWORKS = {"98.136.", "98.137.", "87.248."};
    /** /8 networks of consumer and business ISPs; two random octets follow. */
    private static final String[] RESIDENTIAL_NETWORKS = {"73.", "24.", "99.", "108.", "81.", "86.", "92.", "176.", "49.",
        "101.", "189."};
    /** /8 networks of cloud and hosting providers; two random octets follow. */
    private static final String[] HOSTING_NETWORKS = {"34.", "35.", "3.", "54.", "159.", "167."};

    private static final String[] BROWSERS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"};
    private static final String[] MAIL_CLIENTS = {
        "Mozilla/4.0 (compatible; ms-office; MSOffice 16)",
        "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"};
    private static final String[] CRAWLERS = {
        "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "Go-http-client/1.1"};

    private RequestOrigins() {
    }

    /** An address of Apple's MPP relays (17.0.0.0/8). */
    public static String appleProxyIp(SplittableRandom random) {
        return "17." + (50 + random.nextInt(100)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** An address of Google's image proxy. */
    public static String googleProxyIp(SplittableRandom random) {
        return GOOGLE_PROXY_NETWORKS[random.nextInt(GOOGLE_PROXY_NETWORKS.length)] + (1 + random.nextInt(254));
    }

    /** An address of Yahoo's image proxy. */
    public static String yahooProxyIp(SplittableRandom random) {
        return pick(YAHOO_PROXY_NETWORKS, random) + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** A home or office address of a person: outside every proxy, scanner and hosting network above. */
    public static String personIp(SplittableRandom random) {
        return pick(RESIDENTIAL_NETWORKS, random) + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
    }

    /** An address in a cloud or hosting network, where crawlers run. */
    public static String hostingIp(SplittableRandom random) {
        return pick(HOSTING_NETWORKS, random) + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
    }

    /** A desktop or mobile browser, for a person clicking a link. */
    public static String browser(SplittableRandom random) {
        return pick(BROWSERS, random);
    }

    /** A mail client that loads remote images itself, for a person opening a message outside webmail. */
    public static String mailClient(SplittableRandom random) {
        return pick(MAIL_CLIENTS, random);
    }

    /** A crawler, link previewer or HTTP library. */
    public static String crawler(SplittableRandom random) {
        return pick(CRAWLERS, random);
    }

    private static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
