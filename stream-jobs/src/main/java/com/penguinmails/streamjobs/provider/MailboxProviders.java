package com.penguinmails.streamjobs.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names the mailbox provider of a recipient (google, microsoft, yahoo, apple, proton, zoho, yandex, mailru, gmx, the
 * corporate gateways mimecast, proofpoint, barracuda, cisco, forcepoint, broadcom, or {@value #OTHER}) from the MX host
 * the message was delivered to, falling back to the recipient's domain.
 *
 * <p>The MX host decides first because it also names the provider of company domains (a Microsoft 365 tenant's MX is
 * {@code <domain>.mail.protection.outlook.com}, a Mimecast customer's {@code *.mimecast.com}); a domain name alone only
 * identifies consumer mail (gmail.com, hotmail.co.uk...). Both tables are data files, {@code provider/mx-hosts.csv}
 * (host suffixes, longest match wins) and {@code provider/recipient-domains.csv} (exact domains, or {@code name.*} for
 * every country variant); each line cites where its names are documented.
 *
 * <p>Lookups are case-insensitive, ignore a trailing dot, and cost one hash probe per label of the name. Immutable
 * and thread-safe.
 */
public final class MailboxProviders implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The code of a recipient whose provider is known to be none of the listed ones. */
    public static final String OTHER = "other";

    /** Classpath resource of the MX host suffixes. */
    public static final String MX_HOSTS_RESOURCE = "provider/mx-hosts.csv";
    /** Classpath resource of the consumer recipient domains. */
    public static final String RECIPIENT_DOMAINS_RESOURCE = "provider/recipient-domains.csv";

    private static final Pattern PROVIDER_CODE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");

    private final Map<String, String> mxSuffixes;
    private final Map<String, String> domains;
    private final Map<String, String> domainNames;

    private MailboxProviders(Map<String, String> mxSuffixes, Map<String, String> domains,
            Map<String, String> domainNames) {
        this.mxSuffixes = Map.copyOf(mxSuffixes);
        this.domains = Map.copyOf(domains);
        this.domainNames = Map.copyOf(domainNames);
    }

    /**
     * The tables bundled with the job.
     *
     * @throws ProviderDataException if a bundled file is missing or malformed
     */
    public static MailboxProviders loadDefault() {
        try (Reader mx = resource(MX_HOSTS_RESOURCE); Reader recipients = resource(RECIPIENT_DOMAINS_RESOURCE)) {
            return load(mx, MX_HOSTS_RESOURCE, recipients, RECIPIENT_DOMAINS_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tables read from the given files (CSV with a header, {@code #} comments; the last column, the source, may hold
     * commas).
     *
     * @throws ProviderDataException if a header is wrong, a line lacks a field, a name or code is malformed, or a name
     *     is listed twice
     */
    public static MailboxProviders load(Reader mxHosts, String mxHostsName, Reader recipientDomains,
            String recipientDomainsName) {
        Map<String, String> suffixes = new HashMap<>();
        read(mxHosts, mxHostsName, "suffix,provider,source", (name, provider, file, line) ->
                put(suffixes, hostName(name, file, line), provider, file, line));
        Map<String, String> exact = new HashMap<>();
        Map<String, String> anySuffix = new HashMap<>();
        read(recipientDomains, recipientDomainsName, "domain,provider,source", (name, provider, file, line) -> {
            if (name.endsWith(".*")) {
                put(anySuffix, hostName(name.substring(0, name.length() - 2), file, line), provider, file, line);
            } else {
                put(exact, hostName(name, file, line), provider, file, line);
            }
        });
        return new MailboxProviders(suffixes, exact, anySuffix);
    }

    /**
     * The provider for a recipient: by {@code mxHost} when it matches a listed suffix, else by
     * {@code recipientDomain} when it is a listed consumer domain, else {@value #OTHER} when either is known, else
     * null (nothing to go on).
     *
     * @param mxHost the host the sending MTA delivered to or was refused by, or null/blank if unknown
     * @param recipientDomain the domain of the recipient's address, or null/blank if unknown
     */
    public String provider(String mxHost, String recipientDomain) {
        String byMx = byMxHost(mxHost);
        if (byMx != null) {
            return byMx;
        }
        String byDomain = byRecipientDomain(recipientDomain);
        if (byDomain != null) {
            return byDomain;
        }
        return isBlank(mxHost) && isBlank(recipientDomain) ? null : OTHER;
    }

    /** The provider whose listed suffix is the longest one {@code mxHost} ends with, or null if none is. */
    public String byMxHost(String mxHost) {
        String host = normalize(mxHost);
        if (host == null) {
            return null;
        }
        // Probe the host and then each parent name: the first hit is the longest listed suffix.
        for (String candidate = host; candidate != null; candidate = parent(candidate)) {
            String provider = mxSuffixes.get(candidate);
            if (provider != null) {
                return provider;
            }
        }
        return null;
    }

    /** The provider of a listed consumer domain ({@code gmail.com}, {@code yahoo.co.jp}...), or null if not listed. */
    public String byRecipientDomain(String recipientDomain) {
        String domain = normalize(recipientDomain);
        if (domain == null) {
            return null;
        }
        String provider = domains.get(domain);
        if (provider != null) {
            return provider;
        }
        int dot = domain.indexOf('.');
        return dot > 0 ? domainNames.get(domain.substring(0, dot)) : null;
    }

    private static String parent(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? null : name.substring(dot + 1);
    }

    private static String normalize(String name) {
        if (isBlank(name)) {
            return null;
        }
        String value = name.trim().toLowerCase(Locale.ROOT);
        return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String hostName(String name, String file, int line) {
        String value = name.toLowerCase(Locale.ROOT);
        if (!HOST_NAME.matcher(value).matches() || value.contains("..")) {
            throw new ProviderDataException(file, line, "'" + name + "' is not a host or domain name");
        }
        return value;
    }

    private static void put(Map<String, String> table, String name, String provider, String file, int line) {
        if (!PROVIDER_CODE.matcher(provider).matches()) {
            throw new ProviderDataException(file, line, "provider code '" + provider + "' must be lower-case letters,"
                    + " digits or _");
        }
        if (table.putIfAbsent(name, provider) != null) {
            throw new ProviderDataException(file, line, "'" + name + "' is listed twice");
        }
    }

    /** Receives one data line: its name and provider fields, and where it is. */
    private interface LineHandler {
        void accept(String name, String provider, String file, int line);
    }

    private static void read(Reader reader, String file, String header, LineHandler handler) {
        boolean headerSeen = false;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String text;
            int number = 0;
            while ((text = lines.readLine()) != null) {
                number++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!text.trim().equals(header)) {
                        throw new ProviderDataException(file, number, "header must be " + header + " but is " + text);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] fields = text.split(",", 3);
                if (fields.length < 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                    throw new ProviderDataException(file, number, "expected " + header + " with no empty field");
                }
                handler.accept(fields[0].trim(), fields[1].trim(), file, number);
            }
        } catch (IOException e) {
            throw new ProviderDataException(file, 0, "cannot read: " + e.getMessage());
        }
        if (!headerSeen) {
            throw new ProviderDataException(file, 0, "no header line " + header);
        }
    }

    private static Reader resource(String path) {
        InputStream stream = MailboxProviders.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new ProviderDataException(path, 0, "not on the classpath");
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
