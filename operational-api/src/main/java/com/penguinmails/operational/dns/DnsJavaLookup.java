package com.penguinmails.operational.dns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/** Queries DNS through a dnsjava {@link Resolver} (one server or several tried in turn); no cache in between. */
public final class DnsJavaLookup implements DnsLookup {

    private final Resolver resolver;

    public DnsJavaLookup(Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public DnsAnswer query(String name, String type) {
        int typeCode = Type.value(type);
        if (typeCode < 0) {
            throw new IllegalArgumentException("unknown DNS record type " + type);
        }
        Message response;
        try {
            Message query = Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), typeCode, DClass.IN));
            response = resolver.send(query);
        } catch (TextParseException e) {
            return DnsAnswer.failed("not a DNS name: " + e.getMessage());
        } catch (IOException e) {
            return DnsAnswer.failed("no answer: " + e.getMessage());
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return DnsAnswer.noRecords("NXDOMAIN");
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.failed(Rcode.string(rcode));
        }
        List<String> values = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record.getType() == typeCode) {
                values.add(presentation(record));
            }
        }
        return DnsAnswer.records(values);
    }

    private static String presentation(Record record) {
        if (record instanceof TXTRecord txt) {
            return String.join("", txt.getStrings());
        }
        if (record instanceof MXRecord mx) {
            return mx.getPriority() + " " + host(mx.getTarget());
        }
        if (record instanceof CNAMERecord cname) {
            return host(cname.getTarget());
        }
        return record.rdataToString();
    }

    private static String host(Name name) {
        String text = name.toString(true);
        return text.toLowerCase(Locale.ROOT);
    }
}
