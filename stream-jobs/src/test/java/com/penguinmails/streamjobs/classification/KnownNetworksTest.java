package com.penguinmails.streamjobs.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class KnownNetworksTest {

    private static final String IP_HEADER = "cidr,class,name,weight,source\n";
    private static final String UA_HEADER = "regex,class,name,weight,source\n";

    private static KnownNetworks load(String ipRanges, String userAgents) {
        return KnownNetworks.load(new StringReader(ipRanges), "ip-ranges.csv", new StringReader(userAgents),
                "user-agents.csv");
    }

    @Test
    void loadsTheBundledFiles() {
        KnownNetworks networks = KnownNetworks.loadDefault();

        assertThat(networks.networkCount()).isGreaterThanOrEqualTo(25);
        assertThat(networks.agentPatternCount()).isGreaterThanOrEqualTo(25);
        assertThat(networks.network("17.58.1.2").reason()).isEqualTo("ip:apple-mpp-range");
        assertThat(networks.network("66.249.84.17").engagementClass()).isEqualTo(EngagementClass.IMAGE_PROXY);
        assertThat(networks.network("66.249.66.1").reason()).isEqualTo("ip:googlebot-range");
        assertThat(networks.network("40.107.22.5").reason()).isEqualTo("ip:microsoft-exchange-online");
        assertThat(networks.network("2a01:111:f400:7e1b::1").reason()).isEqualTo("ip:microsoft-exchange-online");
        assertThat(networks.network("148.163.150.20").reason()).isEqualTo("ip:proofpoint");
        assertThat(networks.network("73.12.40.2")).isNull();
        assertThat(networks.agents("Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com "
                + "GoogleImageProxy)")).extracting(AgentPattern::reason).contains("ua:google-image-proxy");
        assertThat(networks.agents("Mozilla/5.0")).extracting(AgentPattern::reason)
                .containsExactly("ua:apple-mpp-generic-agent");
        assertThat(networks.agents("curl/8.5.0")).extracting(AgentPattern::reason).containsExactly("ua:curl");
    }

    @Test
    void everyBundledNetworkCitesASource() {
        KnownNetworks networks = KnownNetworks.loadDefault();

        assertThat(networks.network("205.139.110.9").source()).contains("mimecast");
        assertThat(networks.network("209.222.81.1").source()).contains("barracuda");
    }

    @Test
    void matchesTheMostSpecificBlock() {
        KnownNetworks networks = load(IP_HEADER
                + "10.0.0.0/8,bot,wide,0.5,test\n"
                + "10.1.0.0/16,security_scanner,narrow,0.9,test\n"
                + "10.1.2.3,image_proxy,single-host,0.9,test\n", UA_HEADER);

        assertThat(networks.network("10.9.9.9").name()).isEqualTo("wide");
        assertThat(networks.network("10.1.9.9").name()).isEqualTo("narrow");
        assertThat(networks.network("10.1.2.3").name()).isEqualTo("single-host");
        assertThat(networks.network("10.1.2.4").name()).isEqualTo("narrow");
        assertThat(networks.network("11.0.0.1")).isNull();
    }

    @Test
    void matchesIpv6BlocksAndIpv4MappedAddresses() {
        KnownNetworks networks = load(IP_HEADER
                + "2001:db8::/32,bot,doc-v6,0.9,test\n"
                + "2001:db8:ab00::/40,security_scanner,doc-v6-narrow,0.9,test\n"
                + "192.0.2.0/24,bot,doc-v4,0.9,test\n", UA_HEADER);

        assertThat(networks.network("2001:db8:1::5").name()).isEqualTo("doc-v6");
        assertThat(networks.network("2001:DB8:AB12::5").name()).isEqualTo("doc-v6-narrow");
        assertThat(networks.network("[2001:db8::1]").name()).isEqualTo("doc-v6");
        assertThat(networks.network("2001:db9::1")).isNull();
        assertThat(networks.network("::ffff:192.0.2.7").name()).isEqualTo("doc-v4");
        assertThat(networks.network("192.0.3.7")).isNull();
    }

    @Test
    void ignoresWhatIsNotAnAddressLiteral() {
        KnownNetworks networks = load(IP_HEADER + "0.0.0.0/0,bot,everything,0.5,test\n", UA_HEADER);

        assertThat(networks.network("1.2.3.4")).isNotNull();
        assertThat(networks.network(null)).isNull();
        assertThat(networks.network("")).isNull();
        assertThat(networks.network("example.com")).isNull();
        assertThat(networks.network("beef")).isNull();
        assertThat(networks.network("1.2.3")).isNull();
        assertThat(networks.network("1.2.3.256")).isNull();
        assertThat(networks.network("16909060")).isNull();
    }

    @Test
    void readsQuotedRegexesWithCommasAndSkipsComments() {
        KnownNetworks networks = load(IP_HEADER, "# comment\n\n" + UA_HEADER
                + "\"^Agent/\\d{1,3}, build\",bot,quoted,0.9,\"a source, with a comma\"\n");

        assertThat(networks.agents("Agent/12, build 7")).extracting(AgentPattern::name).containsExactly("quoted");
        assertThat(networks.agents("agent/12, BUILD")).hasSize(1);
        assertThat(networks.agents("Agent/1234, build")).isEmpty();
        assertThat(networks.agents(null)).isEmpty();
    }

    @Test
    void namesFileAndLineOfABadBlock() {
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,bot,ok,0.5,test\n10.0.0.0/33,bot,bad,0.5,test\n",
                UA_HEADER))
                .isInstanceOf(ClassificationDataException.class)
                .hasMessageStartingWith("ip-ranges.csv:3: ")
                .hasMessageContaining("0..32")
                .satisfies(e -> {
                    ClassificationDataException error = (ClassificationDataException) e;
                    assertThat(error.file()).isEqualTo("ip-ranges.csv");
                    assertThat(error.line()).isEqualTo(3);
                });
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.1/8,bot,host-bits,0.5,test\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:2: '10.0.0.1/8' has bits set after the prefix");
        assertThatThrownBy(() -> load(IP_HEADER + "mail.example.com/24,bot,host,0.5,test\n", UA_HEADER))
                .hasMessageContaining("ip-ranges.csv:2: 'mail.example.com' is not an IPv4 or IPv6 address");
    }

    @Test
    void namesFileAndLineOfOtherBadFields() {
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,robot,x,0.5,test\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:2: unknown engagement class 'robot'");
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,bot,x,1.5,test\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:2: weight 1.5 must be greater than 0 and less than 1");
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,bot,x,high,test\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:2: weight 'high' is not a number");
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,bot,Bad Name,0.5,test\n", UA_HEADER))
                .hasMessageStartingWith("ip-ranges.csv:2: name 'Bad Name'");
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,bot,x,0.5\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:2: expected 5 fields (cidr,class,name,weight,source) but found 4");
        assertThatThrownBy(() -> load(IP_HEADER + "10.0.0.0/8,bot,a,0.5,t\n10.0.0.0/8,bot,b,0.5,t\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:3: block 10.0.0.0/8 is listed twice (also as a)");
        assertThatThrownBy(() -> load(IP_HEADER, UA_HEADER + "bot,bot,x,0.5,t\n(unclosed,bot,y,0.5,t\n"))
                .hasMessageStartingWith("user-agents.csv:3: bad regular expression");
        assertThatThrownBy(() -> load(IP_HEADER, UA_HEADER + "\"unterminated,bot,y,0.5,t\n"))
                .hasMessage("user-agents.csv:2: unterminated quoted field");
    }

    @Test
    void requiresTheHeader() {
        assertThatThrownBy(() -> load("cidr,class,source\n", UA_HEADER))
                .hasMessage("ip-ranges.csv:1: header must be cidr,class,name,weight,source but is cidr,class,source");
        assertThatThrownBy(() -> load(IP_HEADER, "# only a comment\n"))
                .hasMessage("user-agents.csv: no header line regex,class,name,weight,source");
    }
}
