package com.penguinmails.operational.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.Stripe;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Stripe API for tests: a real HTTP server that takes Stripe's form-encoded requests and answers with Stripe's
 * JSON objects and error shapes, for the calls billing and usage make (customers, subscriptions, the invoice preview,
 * invoices and their payment, meter events). Point stripe-java at it with {@link #apiBase()}.
 *
 * <p>Like Stripe, it refuses a request without a secret key ({@code Authorization: Bearer sk_...}) with 401, and it
 * keeps the answer to every POST that carried an {@code Idempotency-Key} and returns it again for a
 * repeat of the same key with the same parameters (header {@code Idempotent-Replayed: true}), and answers 400
 * {@code idempotency_error} for the same key with other parameters. Faults: {@link #failNext} answers 5xx or 429
 * before doing anything (nothing saved, as when Stripe is unreachable or overloaded); {@link #delayNext} does the work
 * and saves the answer, then holds it back longer than the client waits (a timeout after Stripe acted);
 * {@link #declinePayments} makes charges fail with a {@code card_error}; {@link #clearFaults} drops the faults not
 * used yet (the outage is over).
 *
 * <p>Every successful charge is counted ({@link #charges()}), so tests can prove there was never a second one. Meter
 * events are kept as received ({@link #meterEvents()}); like Stripe's meter, {@link #meterTotal} adds up a customer's
 * values, where an identifier counts once (a repeat is refused with {@code duplicate_meter_event}).
 * Prices are those of the test configuration's plans (unit amounts in cents; overage prices are metered).
 */
public final class FakeStripe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PERIOD_SECONDS = Duration.ofDays(30).toSeconds();

    /** One request as received. */
    public record ReceivedRequest(String method, String path, Map<String, String> params,
            Optional<String> idempotencyKey) {
    }

    private record SavedAnswer(String signature, int status, String body) {
    }

    private record Fault(String method, String pathPrefix, int status, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final Map<String, Long> priceAmounts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> customers = new LinkedHashMap<>();
    private final Map<String, ObjectNode> subscriptions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> invoices = new LinkedHashMap<>();
    private final List<ObjectNode> meterEvents = new ArrayList<>();
    private final Map<String, SavedAnswer> idempotent = new LinkedHashMap<>();
    private final List<ReceivedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Fault> faults = new ArrayList<>();
    private boolean declinePayments;
    private int charges;

    private FakeStripe(HttpServer server) {
        this.server = server;
        priceAmounts.putAll(Map.of("price_starter_base", 2900L, "price_growth_base", 9900L, "price_scale_base", 29900L,
                "price_starter_overage", 0L, "price_growth_overage", 0L, "price_scale_overage", 0L));
    }

    /** Starts the fake on a free loopback port. */
    public static FakeStripe start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeStripe fake = new FakeStripe(server);
            server.createContext("/", fake::handle);
            server.setExecutor(fake.executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value for stripe-java's {@code setApiBase}. */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ----- faults and inspection -----

    /** The next {@code times} requests {@code method path*} answer {@code status} (500, 503, 429) without effect. */
    public synchronized void failNext(String method, String pathPrefix, int times, int status) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(method, pathPrefix, status, Duration.ZERO));
        }
    }

    /** The next {@code times} requests {@code method path*} take effect, then their answer waits {@code delay}. */
    public synchronized void delayNext(String method, String pathPrefix, int times, Duration delay) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(method, pathPrefix, 0, delay));
        }
    }

    /** Drops every fault that has not been used yet. */
    public synchronized void clearFaults() {
        faults.clear();
    }

    /** Whether charges are declined from now on. */
    public synchronized void declinePayments(boolean decline) {
        this.declinePayments = decline;
    }

    /** How many charges succeeded. */
    public synchronized int charges() {
        return charges;
    }

    /** How many customers were made. */
    public synchronized int customerCount() {
        return customers.size();
    }

    /** How many subscriptions were made. */
    public synchronized int subscriptionCount() {
        return subscriptions.size();
    }

    /** The subscription {@code id} as the fake has it. */
    public synchronized ObjectNode subscription(String id) {
        return subscriptions.get(id).deepCopy();
    }

    /** The invoice {@code id} as the fake has it. */
    public synchronized ObjectNode invoice(String id) {
        return invoices.get(id).deepCopy();
    }

    /** The invoices of {@code customerId}, oldest first. */
    public synchronized List<ObjectNode> invoicesOf(String customerId) {
        return invoices.values().stream().filter(i -> customerId.equals(i.path("customer").asText()))
                .map(ObjectNode::deepCopy).toList();
    }

    /** The meter events received, oldest first. */
    public synchronized List<ObjectNode> meterEvents() {
        return meterEvents.stream().map(ObjectNode::deepCopy).toList();
    }

    /** The sum of the values of {@code customerId}'s meter events: what Stripe's meter would bill. */
    public synchronized long meterTotal(String customerId) {
        return meterEvents.stream().map(event -> event.path("payload"))
                .filter(payload -> customerId.equals(payload.path("stripe_customer_id").asText()))
                .mapToLong(payload -> Long.parseLong(payload.path("value").asText())).sum();
    }

    /** Every request received, including failed and replayed ones. */
    public List<ReceivedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * Renews the subscription into a new period and fails to collect its invoice, as Stripe does when the card on file
     * is declined at renewal: the invoice stays open after one attempt and the subscription becomes past due.
     *
     * @return the open invoice
     */
    public synchronized ObjectNode failRenewal(String subscriptionId) {
        ObjectNode subscription = subscriptions.get(subscriptionId);
        long start = subscription.path("items").path("data").get(0).path("current_period_end").asLong();
        for (JsonNode item : subscription.path("items").path("data")) {
            ((ObjectNode) item).put("current_period_start", start).put("current_period_end", start + PERIOD_SECONDS);
        }
        ObjectNode invoice = newInvoice(subscription, periodLines(subscription), start, start + PERIOD_SECONDS);
        finalizeInvoice(invoice);
        invoice.put("attempt_count", 1).put("attempted", true);
        subscription.put("status", "past_due").put("latest_invoice", invoice.path("id").asText());
        return invoice.deepCopy();
    }

    /** A webhook event of {@code type} about {@code object}, as Stripe would deliver it (a JSON body). */
    public String event(String type, JsonNode object) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", "evt_" + ids.incrementAndGet() + "_" + System.nanoTime());
        event.put("object", "event");
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", Instant.now().getEpochSecond());
        event.put("type", type);
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.putObject("data").set("object", object);
        return event.toString();
    }

    // ----- HTTP -----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = form(body);
            params.putAll(form(exchange.getRequestURI().getRawQuery()));
            Optional<String> key = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            requests.add(new ReceivedRequest(method, path, Map.copyOf(params), key));

            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer sk_")) {
                respond(exchange, 401, error("invalid_request_error", null, "Invalid API Key provided"), false);
                return;
            }

            Optional<Fault> fault = takeFault(method, path);
            if (fault.isPresent() && fault.get().status() > 0) {
                int status = fault.get().status();
                respond(exchange, status, error(status == 429 ? "invalid_request_error" : "api_error",
                        status == 429 ? "rate_limit" : null, status == 429 ? "Too many requests"
                                : "An unknown error occurred"), false);
                return;
            }
            SavedAnswer answer;
            boolean replayed = false;
            synchronized (this) {
                String signature = method + " " + path + " " + new TreeMap<>(params);
                SavedAnswer saved = key.filter(k -> method.equals("POST")).map(idempotent::get).orElse(null);
                if (saved != null && !saved.signature().equals(signature)) {
                    answer = new SavedAnswer(signature, 400, error("idempotency_error", null, "Keys for idempotent "
                            + "requests can only be used with the same parameters they were first used with."));
                } else if (saved != null) {
                    answer = saved;
                    replayed = true;
                } else {
                    answer = route(method, path, params, signature);
                    if (key.isPresent() && method.equals("POST")) {
                        idempotent.put(key.get(), answer);
                    }
                }
            }
            if (fault.isPresent()) {
                sleep(fault.get().delay());
            }
            respond(exchange, answer.status(), answer.body(), replayed);
        }
    }

    private synchronized Optional<Fault> takeFault(String method, String path) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (fault.method().equals(method) && path.startsWith(fault.pathPrefix())) {
                faults.remove(i);
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private SavedAnswer route(String method, String path, Map<String, String> p, String signature) {
        String[] parts = path.substring(1).split("/");
        try {
            ObjectNode result;
            if (method.equals("POST") && path.equals("/v1/customers")) {
                result = createCustomer(p);
            } else if (method.equals("POST") && path.equals("/v1/subscriptions")) {
                result = createSubscription(p);
            } else if (parts.length == 3 && parts[1].equals("subscriptions")) {
                ObjectNode subscription = find(subscriptions, parts[2]);
                result = switch (method) {
                    case "GET" -> subscription;
                    case "POST" -> updateSubscription(subscription, p);
                    case "DELETE" -> cancelSubscription(subscription, p);
                    default -> throw new Refusal(405, error("invalid_request_error", null, "Method not allowed"));
                };
            } else if (method.equals("POST") && path.equals("/v1/invoices/create_preview")) {
                result = preview(p);
            } else if (method.equals("GET") && parts.length == 3 && parts[1].equals("invoices")) {
                result = find(invoices, parts[2]);
            } else if (method.equals("POST") && parts.length == 4 && parts[1].equals("invoices")
                    && parts[3].equals("pay")) {
                result = pay(find(invoices, parts[2]));
            } else if (method.equals("POST") && path.equals("/v1/billing/meter_events")) {
                result = meterEvent(p);
            } else {
                throw new Refusal(404, error("invalid_request_error", null, "Unrecognized request URL (" + method
                        + ": " + path + ")"));
            }
            return new SavedAnswer(signature, 200, result.toString());
        } catch (Refusal refusal) {
            return new SavedAnswer(signature, refusal.status, refusal.body);
        }
    }

    private ObjectNode createCustomer(Map<String, String> p) {
        ObjectNode customer = object("cus", "customer");
        customer.put("email", p.get("email"));
        customer.set("metadata", prefixed(p, "metadata"));
        customer.putObject("invoice_settings").put("default_payment_method",
                p.get("invoice_settings[default_payment_method]"));
        customers.put(customer.path("id").asText(), customer);
        return customer;
    }

    private ObjectNode createSubscription(Map<String, String> p) {
        String customer = p.get("customer");
        if (customer == null || !customers.containsKey(customer)) {
            throw new Refusal(400, error("invalid_request_error", "resource_missing", "No such customer: '"
                    + customer + "'"));
        }
        ObjectNode subscription = object("sub", "subscription");
        long now = subscription.path("created").asLong();
        subscription.put("customer", customer).put("status", "active").put("cancel_at_period_end", false)
                .putNull("canceled_at").putNull("cancellation_details");
        subscription.set("metadata", prefixed(p, "metadata"));
        ObjectNode items = subscription.putObject("items").put("object", "list");
        ArrayNode data = items.putArray("data");
        for (int i = 0; p.containsKey("items[" + i + "][price]"); i++) {
            String price = p.get("items[" + i + "][price]");
            data.add(item(subscription.path("id").asText(), price, p.get("items[" + i + "][quantity]"), now));
        }
        subscriptions.put(subscription.path("id").asText(), subscription);
        ObjectNode invoice = newInvoice(subscription, periodLines(subscription), now, now + PERIOD_SECONDS);
        finalizeInvoice(invoice);
        collect(invoice);
        if (!"paid".equals(invoice.path("status").asText())) {
            subscription.put("status", "incomplete");
        }
        subscription.put("latest_invoice", invoice.path("id").asText());
        return subscription;
    }

    private ObjectNode updateSubscription(ObjectNode subscription, Map<String, String> p) {
        if ("canceled".equals(subscription.path("status").asText())) {
            throw new Refusal(400, error("invalid_request_error", null, "A canceled subscription can only update "
                    + "its cancellation_details and metadata."));
        }
        long now = Instant.now().getEpochSecond();
        List<ObjectNode> prorations = new ArrayList<>();
        for (int i = 0; p.containsKey("items[" + i + "][id]"); i++) {
            ObjectNode item = itemById(subscription, p.get("items[" + i + "][id]"));
            String newPrice = p.get("items[" + i + "][price]");
            if (newPrice != null && !newPrice.equals(item.path("price").path("id").asText())) {
                prorations.addAll(prorationLines(subscription, item, newPrice, now));
                item.set("price", price(newPrice));
            }
        }
        String behavior = p.getOrDefault("proration_behavior", "create_prorations");
        if (behavior.equals("always_invoice") && !prorations.isEmpty()) {
            ObjectNode invoice = newInvoice(subscription, prorations, now, now);
            finalizeInvoice(invoice);
            collect(invoice);
            subscription.put("latest_invoice", invoice.path("id").asText());
        }
        if (p.containsKey("cancel_at_period_end")) {
            subscription.put("cancel_at_period_end", Boolean.parseBoolean(p.get("cancel_at_period_end")));
        }
        cancellationDetails(subscription, p);
        ((ObjectNode) subscription.path("metadata")).setAll(prefixed(p, "metadata"));
        return subscription;
    }

    private ObjectNode cancelSubscription(ObjectNode subscription, Map<String, String> p) {
        if ("canceled".equals(subscription.path("status").asText())) {
            throw new Refusal(400, error("invalid_request_error", "resource_missing", "No such subscription: '"
                    + subscription.path("id").asText() + "'"));
        }
        subscription.put("status", "canceled").put("canceled_at", Instant.now().getEpochSecond())
                .put("ended_at", Instant.now().getEpochSecond());
        cancellationDetails(subscription, p);
        return subscription;
    }

    private ObjectNode preview(Map<String, String> p) {
        ObjectNode subscription = find(subscriptions, p.get("subscription"));
        long prorationDate = Long.parseLong(p.getOrDefault("subscription_details[proration_date]",
                String.valueOf(Instant.now().getEpochSecond())));
        String behavior = p.getOrDefault("subscription_details[proration_behavior]", "create_prorations");
        ObjectNode changed = subscription.deepCopy();
        List<ObjectNode> lines = new ArrayList<>();
        for (int i = 0; p.containsKey("subscription_details[items][" + i + "][id]"); i++) {
            ObjectNode item = itemById(changed, p.get("subscription_details[items][" + i + "][id]"));
            String newPrice = p.get("subscription_details[items][" + i + "][price]");
            if (newPrice != null && !newPrice.equals(item.path("price").path("id").asText())) {
                if (!behavior.equals("none")) {
                    lines.addAll(prorationLines(changed, item, newPrice, prorationDate));
                }
                item.set("price", price(newPrice));
            }
        }
        if (!behavior.equals("always_invoice")) {
            lines.addAll(periodLines(changed));
        }
        ObjectNode invoice = invoiceObject(changed, lines, prorationDate, prorationDate);
        invoice.put("id", "upcoming_in_" + ids.incrementAndGet());
        return invoice;
    }

    private ObjectNode pay(ObjectNode invoice) {
        if ("paid".equals(invoice.path("status").asText())) {
            throw new Refusal(400, error("invalid_request_error", "invoice_already_paid", "Invoice is already paid"));
        }
        collect(invoice);
        if (!"paid".equals(invoice.path("status").asText())) {
            throw new Refusal(402, cardError(invoice));
        }
        return invoice;
    }

    private ObjectNode meterEvent(Map<String, String> p) {
        for (String required : List.of("event_name", "payload[stripe_customer_id]", "payload[value]")) {
            if (p.getOrDefault(required, "").isEmpty()) {
                throw new Refusal(400, error("invalid_request_error", "parameter_missing", "Missing required param: "
                        + required + "."));
            }
        }
        String identifier = p.getOrDefault("identifier", "fake_meter_event_" + ids.incrementAndGet());
        ObjectNode event = JSON.createObjectNode();
        event.put("object", "billing.meter_event");
        event.put("event_name", p.get("event_name"));
        event.put("identifier", identifier);
        event.put("timestamp", Long.parseLong(p.getOrDefault("timestamp",
                String.valueOf(Instant.now().getEpochSecond()))));
        event.put("created", Instant.now().getEpochSecond());
        event.put("livemode", false);
        event.set("payload", prefixed(p, "payload"));
        boolean duplicate = meterEvents.stream().anyMatch(seen -> seen.path("identifier").asText().equals(identifier));
        if (duplicate) {
            throw new Refusal(400, error("invalid_request_error", "duplicate_meter_event", "An event with identifier "
                    + identifier + " already exists."));
        }
        meterEvents.add(event);
        return event;
    }

    // ----- objects -----

    private ObjectNode object(String prefix, String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", prefix + "_" + ids.incrementAndGet());
        node.put("object", type);
        node.put("created", Instant.now().getEpochSecond());
        node.put("livemode", false);
        return node;
    }

    private ObjectNode item(String subscriptionId, String priceId, String quantity, long periodStart) {
        ObjectNode item = object("si", "subscription_item");
        item.put("subscription", subscriptionId);
        item.set("price", price(priceId));
        if (quantity != null) {
            item.put("quantity", Long.parseLong(quantity));
        }
        item.put("current_period_start", periodStart).put("current_period_end", periodStart + PERIOD_SECONDS);
        return item;
    }

    private ObjectNode price(String priceId) {
        if (!priceAmounts.containsKey(priceId)) {
            throw new Refusal(400, error("invalid_request_error", "resource_missing", "No such price: '" + priceId
                    + "'"));
        }
        ObjectNode price = JSON.createObjectNode().put("id", priceId).put("object", "price").put("currency", "usd")
                .put("unit_amount", priceAmounts.get(priceId));
        price.putObject("recurring").put("interval", "month")
                .put("usage_type", priceId.endsWith("_overage") ? "metered" : "licensed");
        return price;
    }

    private ObjectNode itemById(ObjectNode subscription, String itemId) {
        for (JsonNode item : subscription.path("items").path("data")) {
            if (item.path("id").asText().equals(itemId)) {
                return (ObjectNode) item;
            }
        }
        throw new Refusal(400, error("invalid_request_error", "resource_missing", "No such subscription item: '"
                + itemId + "'"));
    }

    /** The licensed items' charges for one period. */
    private List<ObjectNode> periodLines(ObjectNode subscription) {
        List<ObjectNode> lines = new ArrayList<>();
        for (JsonNode item : subscription.path("items").path("data")) {
            if (item.has("quantity")) {
                lines.add(line(subscription, (ObjectNode) item, "1 × " + item.path("price").path("id").asText(),
                        item.path("price").path("unit_amount").asLong() * item.path("quantity").asLong(), false));
            }
        }
        return lines;
    }

    /** Credit for the unused rest of the period on the old price, charge for it on the new one (licensed only). */
    private List<ObjectNode> prorationLines(ObjectNode subscription, ObjectNode item, String newPrice, long at) {
        if (!item.has("quantity")) {
            return List.of();
        }
        long start = item.path("current_period_start").asLong();
        long end = item.path("current_period_end").asLong();
        double remaining = Math.max(0, Math.min(1, (double) (end - at) / (end - start)));
        long oldAmount = item.path("price").path("unit_amount").asLong();
        long newAmount = priceAmounts.get(newPrice);
        return List.of(
                line(subscription, item, "Unused time on " + item.path("price").path("id").asText(),
                        -Math.round(oldAmount * remaining), true),
                line(subscription, item, "Remaining time on " + newPrice, Math.round(newAmount * remaining), true));
    }

    private ObjectNode line(ObjectNode subscription, ObjectNode item, String description, long amount,
            boolean proration) {
        ObjectNode line = object("il", "line_item");
        line.put("amount", amount).put("currency", "usd").put("description", description);
        ObjectNode parent = line.putObject("parent").put("type", "subscription_item_details");
        parent.putObject("subscription_item_details").put("subscription", subscription.path("id").asText())
                .put("subscription_item", item.path("id").asText()).put("proration", proration);
        return line;
    }

    private ObjectNode invoiceObject(ObjectNode subscription, List<ObjectNode> lines, long periodStart,
            long periodEnd) {
        ObjectNode invoice = object("in", "invoice");
        long total = lines.stream().mapToLong(line -> line.path("amount").asLong()).sum();
        invoice.put("customer", subscription.path("customer").asText()).put("currency", "usd")
                .put("status", "draft").putNull("number").put("subtotal", total).put("total", total)
                .put("amount_due", Math.max(0, total)).put("amount_paid", 0)
                .put("amount_remaining", Math.max(0, total)).put("attempt_count", 0).put("attempted", false)
                .put("period_start", periodStart).put("period_end", periodEnd)
                .put("collection_method", "charge_automatically");
        ObjectNode parent = invoice.putObject("parent").put("type", "subscription_details");
        parent.putObject("subscription_details").put("subscription", subscription.path("id").asText());
        ObjectNode list = invoice.putObject("lines").put("object", "list").put("has_more", false);
        ArrayNode data = list.putArray("data");
        lines.forEach(data::add);
        return invoice;
    }

    private ObjectNode newInvoice(ObjectNode subscription, List<ObjectNode> lines, long periodStart, long periodEnd) {
        ObjectNode invoice = invoiceObject(subscription, lines, periodStart, periodEnd);
        invoices.put(invoice.path("id").asText(), invoice);
        return invoice;
    }

    private void finalizeInvoice(ObjectNode invoice) {
        String id = invoice.path("id").asText();
        invoice.put("status", "open").put("number", "FAKE-" + id.substring(3))
                .put("hosted_invoice_url", apiBase() + "/i/" + id)
                .put("invoice_pdf", apiBase() + "/i/" + id + "/pdf");
    }

    /** One payment attempt with the customer's default payment method. */
    private void collect(ObjectNode invoice) {
        invoice.put("attempt_count", invoice.path("attempt_count").asLong() + 1).put("attempted", true);
        if (declinePayments) {
            return;
        }
        long due = invoice.path("amount_due").asLong();
        invoice.put("status", "paid").put("amount_paid", due).put("amount_remaining", 0);
        if (due > 0) {
            charges++;
        }
        String subscriptionId = invoice.path("parent").path("subscription_details").path("subscription").asText();
        ObjectNode subscription = subscriptions.get(subscriptionId);
        if (subscription != null && ("past_due".equals(subscription.path("status").asText())
                || "incomplete".equals(subscription.path("status").asText()))) {
            subscription.put("status", "active");
        }
    }

    private void cancellationDetails(ObjectNode subscription, Map<String, String> p) {
        if (p.containsKey("cancellation_details[feedback]") || p.containsKey("cancellation_details[comment]")) {
            subscription.putObject("cancellation_details").put("reason", "cancellation_requested")
                    .put("feedback", p.get("cancellation_details[feedback]"))
                    .put("comment", p.get("cancellation_details[comment]"));
        }
    }

    private String cardError(ObjectNode invoice) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("type", "card_error").put("code", "card_declined")
                .put("decline_code", "insufficient_funds").put("message", "Your card has insufficient funds.")
                .put("invoice", invoice.path("id").asText());
        return body.toString();
    }

    private static ObjectNode find(Map<String, ObjectNode> objects, String id) {
        ObjectNode found = objects.get(id);
        if (found == null) {
            throw new Refusal(404, error("invalid_request_error", "resource_missing", "No such object: '" + id
                    + "'"));
        }
        return found;
    }

    private static ObjectNode prefixed(Map<String, String> p, String name) {
        ObjectNode node = JSON.createObjectNode();
        p.forEach((key, value) -> {
            if (key.startsWith(name + "[") && key.endsWith("]") && key.indexOf('[', name.length() + 1) < 0) {
                node.put(key.substring(name.length() + 1, key.length() - 1), value);
            }
        });
        return node;
    }

    private static String error(String type, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error").put("type", type).put("message", message);
        if (code != null) {
            error.put("code", code);
        }
        return body.toString();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body, boolean replayed)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_fake_" + System.nanoTime());
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client gave up waiting (an injected delay): the answer is saved for its retry anyway.
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request Stripe would refuse, with its status and error body. */
    private static final class Refusal extends RuntimeException {
        private final int status;
        private final String body;

        Refusal(int status, String body) {
            super(body, null, false, false);
            this.status = status;
            this.body = body;
        }
    }
}
