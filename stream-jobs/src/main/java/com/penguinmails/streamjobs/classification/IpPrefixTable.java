package com.penguinmails.streamjobs.classification;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Longest-prefix match of an address against CIDR blocks: one hash map per prefix length present, probed from the
 * longest length down, so a lookup costs at most one hash probe per distinct length (a handful), never a scan of the
 * blocks, and a more specific block overrides the wider one it sits in.
 */
final class IpPrefixTable<V extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] lengthsLongestFirst;
    private final HashMap<Integer, HashMap<IpAddress, V>> byLength;

    private IpPrefixTable(int[] lengthsLongestFirst, HashMap<Integer, HashMap<IpAddress, V>> byLength) {
        this.lengthsLongestFirst = lengthsLongestFirst;
        this.byLength = byLength;
    }

    /** The value of the most specific block containing {@code address}, or null. */
    V lookup(IpAddress address) {
        for (int length : lengthsLongestFirst) {
            V value = byLength.get(length).get(address.mask(length));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Collects blocks; a block given twice is an error the caller reports. */
    static final class Builder<V extends Serializable> {

        private final TreeMap<Integer, HashMap<IpAddress, V>> byLength = new TreeMap<>();

        /**
         * Adds {@code cidr} (e.g. {@code 10.0.0.0/8}, {@code 2001:db8::/32}; a bare address is a /32 or /128).
         *
         * @return the value already stored for the same block, or null
         * @throws IllegalArgumentException if the block is malformed or has host bits set
         */
        V add(String cidr, V value) {
            int slash = cidr.indexOf('/');
            String addressText = slash < 0 ? cidr : cidr.substring(0, slash);
            IpAddress address = IpAddress.parse(addressText);
            if (address == null) {
                throw new IllegalArgumentException("'" + addressText + "' is not an IPv4 or IPv6 address");
            }
            int familyBits = address.isIpv4() ? 32 : 128;
            int prefix;
            try {
                prefix = slash < 0 ? familyBits : Integer.parseInt(cidr.substring(slash + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("prefix length of '" + cidr + "' is not a number");
            }
            if (prefix < 0 || prefix > familyBits) {
                throw new IllegalArgumentException("prefix length of '" + cidr + "' must be 0.." + familyBits);
            }
            int bits = address.isIpv4() ? 96 + prefix : prefix;
            if (!address.mask(bits).equals(address)) {
                throw new IllegalArgumentException("'" + cidr + "' has bits set after the prefix");
            }
            return byLength.computeIfAbsent(bits, b -> new HashMap<>()).putIfAbsent(address, value);
        }

        IpPrefixTable<V> build() {
            int[] lengths = byLength.descendingKeySet().stream().mapToInt(Integer::intValue).toArray();
            HashMap<Integer, HashMap<IpAddress, V>> copy = new HashMap<>();
            for (Map.Entry<Integer, HashMap<IpAddress, V>> entry : byLength.entrySet()) {
                copy.put(entry.getKey(), new HashMap<>(entry.getValue()));
            }
            return new IpPrefixTable<>(Arrays.copyOf(lengths, lengths.length), copy);
        }
    }
}
