package com.penguinmails.ingestion.inbound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A minimal SMTP client over a raw socket, so tests see every reply code exactly as an MTA would. */
final class SmtpClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private SmtpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(30_000);
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        this.out = socket.getOutputStream();
    }

    static SmtpClient connect(int port) throws IOException {
        return new SmtpClient(new Socket("127.0.0.1", port));
    }

    /** The next reply, all lines of a multi-line one joined by newlines. */
    String reply() throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the server closed the connection; so far: " + reply);
            }
            reply.append(reply.isEmpty() ? "" : "\n").append(line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return reply.toString();
    }

    String command(String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    /** Sends DATA, the dot-stuffed message and the final dot; returns the reply to the message. */
    String data(byte[] message) throws IOException {
        String go = command("DATA");
        if (!go.startsWith("354")) {
            return go;
        }
        boolean lineStart = true;
        for (byte b : message) {
            if (lineStart && b == '.') {
                out.write('.');
            }
            out.write(b);
            lineStart = b == '\n';
        }
        out.write((lineStart ? ".\r\n" : "\r\n.\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    @Override
    public void close() throws IOException {
        try {
            command("QUIT");
        } catch (IOException e) {
            // Already closed by the server.
        } finally {
            socket.close();
        }
    }
}
