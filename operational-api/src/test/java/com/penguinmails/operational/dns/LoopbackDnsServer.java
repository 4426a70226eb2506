package com.penguinmails.operational.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A small authoritative DNS server on loopback (UDP and TCP on the same port) serving records a test adds and
 * removes while it runs. Names it holds nothing for are NXDOMAIN; a name with records of other types answers NOERROR
 * with no answers. Built with dnsjava's message classes, so resolvers talk to it exactly as to a real server.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    private static final long TTL = 60;

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private LoopbackDnsServer(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
    }

    /** Starts a server on a free loopback port (the same for UDP and TCP). */
    public static LoopbackDnsServer start() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; ; attempt++) {
            DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
            try {
                ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 16, loopback);
                LoopbackDnsServer server = new LoopbackDnsServer(udp, tcp);
                server.startThreads();
                return server;
            } catch (IOException portTakenForTcp) {
                udp.close();
                if (attempt == 10) {
                    throw portTakenForTcp;
                }
            }
        }
    }

    /** {@code 127.0.0.1:<port>}, the form of a configured resolver. */
    public String address() {
        return "127.0.0.1:" + udp.getLocalPort();
    }

    /** Adds a TXT record with {@code strings} as its character-strings. */
    public void addTxt(String name, String... strings) {
        add(new TXTRecord(name(name), DClass.IN, TTL, List.of(strings)));
    }

    public void addMx(String name, int priority, String host) {
        add(new MXRecord(name(name), DClass.IN, TTL, priority, name(host)));
    }

    public void addCname(String name, String target) {
        add(new CNAMERecord(name(name), DClass.IN, TTL, name(target)));
    }

    /** Adds an A record ({@code address} an IPv4 literal). */
    public void addA(String name, String address) {
        try {
            add(new ARecord(name(name), DClass.IN, TTL, InetAddress.getByName(address)));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    /** Adds a PTR record at {@code name} (e.g. {@code 7.113.0.203.in-addr.arpa}) pointing at {@code host}. */
    public void addPtr(String name, String host) {
        add(new PTRRecord(name(name), DClass.IN, TTL, name(host)));
    }

    /** Removes every record of {@code type} (e.g. {@code "TXT"}) at {@code name}. */
    public void remove(String name, String type) {
        int code = Type.value(type);
        records.computeIfPresent(name(name), (key, list) -> {
            List<Record> kept = list.stream().filter(record -> record.getType() != code).toList();
            return kept.isEmpty() ? null : new ArrayList<>(kept);
        });
    }

    /** Removes every record. */
    public void clear() {
        records.clear();
    }

    private void add(Record record) {
        records.compute(record.getName(), (key, list) -> {
            List<Record> updated = list == null ? new ArrayList<>() : new ArrayList<>(list);
            updated.add(record);
            return updated;
        });
    }

    private void startThreads() {
        Thread udpThread = new Thread(this::serveUdp, "loopback-dns-udp");
        Thread tcpThread = new Thread(this::serveTcp, "loopback-dns-tcp");
        for (Thread thread : List.of(udpThread, tcpThread)) {
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (running) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                int maximum = query.getOPT() == null ? 512 : Math.max(512, query.getOPT().getPayloadSize());
                byte[] response = answer(query).toWire(maximum);
                udp.send(new DatagramPacket(response, response.length, packet.getSocketAddress()));
            } catch (SocketException closed) {
                return;
            } catch (IOException malformed) {
                // A packet that does not parse gets no answer, like a real server.
            }
        }
    }

    private void serveTcp() {
        while (running) {
            try (Socket socket = tcp.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                byte[] request = new byte[in.readUnsignedShort()];
                in.readFully(request);
                byte[] response = answer(new Message(request)).toWire();
                out.writeShort(response.length);
                out.write(response);
                out.flush();
            } catch (SocketException closed) {
                if (!running) {
                    return;
                }
            } catch (IOException malformed) {
                // Drop the connection, as a real server would.
            }
        }
    }

    private Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        Record question = query.getQuestion();
        response.addRecord(question, Section.QUESTION);
        List<Record> atName = records.get(question.getName());
        if (atName == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            return response;
        }
        for (Record record : atName) {
            if (record.getType() == question.getType()) {
                response.addRecord(record, Section.ANSWER);
            }
        }
        return response;
    }

    private static Name name(String name) {
        try {
            return Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        udp.close();
        tcp.close();
    }
}
