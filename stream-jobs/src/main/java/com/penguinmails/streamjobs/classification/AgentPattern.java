package com.penguinmails.streamjobs.classification;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A User-Agent pattern known to belong to a class of requester, from {@code user-agents.csv}.
 *
 * @param regex matched anywhere in the header ({@link java.util.regex.Matcher#find()}), case-insensitive
 * @param engagementClass whose requests carry it
 * @param name short stable name; the reason code is {@code ua:<name>}
 * @param weight how likely a request with it is of that class (0 to 1, exclusive)
 * @param source where the agent is documented
 */
public record AgentPattern(Pattern regex, EngagementClass engagementClass, String name, double weight, String source)
        implements Serializable {

    /** The reason code this pattern contributes, e.g. {@code ua:google-image-proxy}. */
    public String reason() {
        return "ua:" + name;
    }

    /** Whether {@code userAgent} matches. */
    public boolean matches(String userAgent) {
        return regex.matcher(userAgent).find();
    }
}
