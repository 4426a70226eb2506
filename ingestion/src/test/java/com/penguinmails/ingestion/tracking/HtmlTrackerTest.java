package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTrackerTest {

    private static final TrackingToken MESSAGE =
            new TrackingToken(Purpose.OPEN, "acme", "m-1", "c-1", "B", 2, "ct-9", null, null, false);

    private final TrackingTokens tokens = new TrackingTokens(TrackingTokensTest.keyring("k1", Set.of()));
    private final TrackingUrls urls = new TrackingUrls(tokens,
            new TrackingDomains(URI.create("https://t.pm.io"), Map.of("acme", List.of("track.acme.io"))));
    private final HtmlTracker tracker = new HtmlTracker(urls, 3);

    @Test
    void rewritesEveryWebLinkToItsSignedClickUrlInDocumentOrder() throws Exception {
        String html = "<p>Hi <a href=\"https://acme.io/a?x=1&amp;y=2\">A</a>, <a href=' HTTP://acme.io/b '>B</a></p>";

        TrackedHtml tracked = tracker.track(html, MESSAGE, false);

        assertThat(tracked.links()).extracting(TrackedLink::index, TrackedLink::url)
                .containsExactly(tuple(0, "https://acme.io/a?x=1&y=2"),
                        tuple(1, "HTTP://acme.io/b"));
        Document out = Jsoup.parse(tracked.html());
        List<String> hrefs = out.select("a").eachAttr("href");
        assertThat(hrefs).containsExactly(tracked.links().get(0).trackingUrl(), tracked.links().get(1).trackingUrl());
        assertThat(hrefs).allMatch(href -> href.startsWith("https://track.acme.io/t/c/"));
        assertThat(tokens.verify(hrefs.get(0).substring("https://track.acme.io/t/c/".length())))
                .contains(MESSAGE.with(Purpose.CLICK, 0, "https://acme.io/a?x=1&y=2", false));
    }

    @Test
    void leavesNonWebLinksAnchorsAndOptedOutLinksAlone() throws Exception {
        String html = "<a href=\"mailto:sam@acme.io\">m</a><a href=\"tel:+1555\">t</a><a href=\"#top\">#</a>"
                + "<a href=\"/relative\">r</a><a href=\"https://acme.io/keep\" data-pm-notrack>k</a><a name=\"x\">n</a>";

        TrackedHtml tracked = tracker.track(html, MESSAGE, false);

        assertThat(tracked.links()).isEmpty();
        Document out = Jsoup.parse(tracked.html());
        assertThat(out.select("a[href]").eachAttr("href"))
                .containsExactly("mailto:sam@acme.io", "tel:+1555", "#top", "/relative", "https://acme.io/keep");
        assertThat(out.select("[data-pm-notrack]")).isEmpty();
    }

    @Test
    void theUnsubscribePlaceholderBecomesTheUnsubscribePage() throws Exception {
        TrackedHtml tracked = tracker.track("<a href=\"{{unsubscribe_url}}\">Unsubscribe</a>", MESSAGE, false);

        String href = Jsoup.parse(tracked.html()).selectFirst("a").attr("href");
        assertThat(tracked.links()).isEmpty();
        assertThat(href).startsWith("https://track.acme.io/t/u/");
        assertThat(tokens.verify(href.substring("https://track.acme.io/t/u/".length())).orElseThrow().purpose())
                .isEqualTo(Purpose.UNSUBSCRIBE);
    }

    @Test
    void addsThePixelAtTheEndOfTheBodyAndTheHiddenHoneypotLink() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>t</title></head><body><p>Hello</p></body></html>";

        TrackedHtml tracked = tracker.track(html, MESSAGE, true);

        assertThat(tracked.html()).startsWith("<!doctype html><html><head><title>t</title></head><body><p>Hello</p>");
        Element body = Jsoup.parse(tracked.html()).body();
        Element pixel = body.children().last();
        assertThat(pixel.tagName()).isEqualTo("img");
        assertThat(pixel.attr("src")).startsWith("https://track.acme.io/t/o/");
        assertThat(tokens.verify(pixel.attr("src").substring("https://track.acme.io/t/o/".length()))).contains(MESSAGE);
        Element honeypot = body.selectFirst("a[aria-hidden=true]");
        assertThat(honeypot.attr("style")).contains("display:none");
        assertThat(honeypot.text()).isEmpty();
        assertThat(tokens.verify(honeypot.attr("href").substring("https://track.acme.io/t/c/".length())))
                .contains(MESSAGE.with(Purpose.CLICK, null, null, true));
        assertThat(tracked.links()).isEmpty();
    }

    @Test
    void aFragmentStaysAFragment() throws Exception {
        TrackedHtml tracked = tracker.track("<p>Hi</p>", MESSAGE, false);

        assertThat(tracked.html()).startsWith("<p>Hi</p><img ").doesNotContain("<html", "<body");
    }

    @Test
    void refusesTooManyOrTooLongLinks() {
        String four = "<a href=\"https://a.io/1\">1</a><a href=\"https://a.io/2\">2</a>"
                + "<a href=\"https://a.io/3\">3</a><a href=\"https://a.io/4\">4</a>";
        String tooLong = "<a href=\"https://a.io/" + "x".repeat(HtmlTracker.MAX_URL_CHARS) + "\">x</a>";

        assertThatThrownBy(() -> tracker.track(four, MESSAGE, false)).isInstanceOf(InvalidMessageException.class)
                .hasMessage("the message has more than 3 links");
        assertThatThrownBy(() -> tracker.track(tooLong, MESSAGE, false)).hasMessage("link 0 is longer than 2048 characters");
    }
}
