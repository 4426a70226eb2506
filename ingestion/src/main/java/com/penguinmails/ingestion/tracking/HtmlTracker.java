package com.penguinmails.ingestion.tracking;

import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds tracking to a message's HTML: every {@code http}/{@code https} {@code <a href>} becomes its signed click URL
 * (numbered in document order), the open pixel goes at the end of the body, and optionally a hidden honeypot link that
 * no person can see or click.
 *
 * <p>Left as they are: {@code mailto:}, {@code tel:}, {@code #anchor}, relative and other non-web links, and any link
 * marked {@code data-pm-notrack} (the marker is removed). A link whose href is the placeholder
 * {@value #UNSUBSCRIBE_PLACEHOLDER} gets the unsubscribe page URL and is not counted as a link. A fragment comes back as a
 * fragment, a whole document as a whole document; jsoup normalises the markup (quotes, entities, closing tags) on the
 * way.
 */
public final class HtmlTracker {

    /** The href that stands for the message's unsubscribe page. */
    public static final String UNSUBSCRIBE_PLACEHOLDER = "{{unsubscribe_url}}";
    /** The longest link target tracked, in characters. */
    public static final int MAX_URL_CHARS = 2048;
    private static final String NO_TRACK = "data-pm-notrack";

    private final TrackingUrls urls;
    private final int maxLinks;

    /** @param maxLinks the most links a message may have tracked */
    public HtmlTracker(TrackingUrls urls, int maxLinks) {
        this.urls = urls;
        this.maxLinks = maxLinks;
    }

    /**
     * @param message the message's token fields; purpose, link index, target and honeypot flag are ignored
     * @param honeypot whether to add the hidden honeypot link
     * @throws InvalidMessageException if the message has more than {@code maxLinks} links or a link longer than
     *     {@value #MAX_URL_CHARS} characters
     */
    public TrackedHtml track(String html, TrackingToken message, boolean honeypot) throws InvalidMessageException {
        boolean wholeDocument = html.toLowerCase(Locale.ROOT).contains("<html");
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        List<TrackedLink> links = new ArrayList<>();
        for (Element anchor : document.select("a[href]")) {
            String href = anchor.attr("href").trim();
            if (anchor.hasAttr(NO_TRACK)) {
                anchor.removeAttr(NO_TRACK);
            } else if (href.equalsIgnoreCase(UNSUBSCRIBE_PLACEHOLDER)) {
                anchor.attr("href", urls.url(message.with(Purpose.UNSUBSCRIBE, null, null, false)));
            } else if (isWebUrl(href)) {
                if (links.size() == maxLinks) {
                    throw new InvalidMessageException("the message has more than " + maxLinks + " links");
                }
                if (href.length() > MAX_URL_CHARS) {
                    throw new InvalidMessageException("link " + links.size() + " is longer than " + MAX_URL_CHARS
                            + " characters");
                }
                String trackingUrl = urls.url(message.with(Purpose.CLICK, links.size(), href, false));
                links.add(new TrackedLink(links.size(), href, trackingUrl));
                anchor.attr("href", trackingUrl);
            }
        }
        Element body = document.body();
        if (honeypot) {
            body.appendElement("a")
                    .attr("href", urls.url(message.with(Purpose.CLICK, null, null, true)))
                    .attr("style", "display:none!important;visibility:hidden;font-size:0;line-height:0")
                    .attr("aria-hidden", "true")
                    .attr("tabindex", "-1");
        }
        body.appendElement("img")
                .attr("src", urls.url(message.with(Purpose.OPEN, null, null, false)))
                .attr("width", "1")
                .attr("height", "1")
                .attr("alt", "")
                .attr("style", "display:block;width:1px;height:1px;border:0");
        return new TrackedHtml(wholeDocument ? document.outerHtml() : body.html(), links);
    }

    static boolean isWebUrl(String href) {
        return (href.regionMatches(true, 0, "https://", 0, 8) || href.regionMatches(true, 0, "http://", 0, 7))
                && href.length() > 8;
    }
}
