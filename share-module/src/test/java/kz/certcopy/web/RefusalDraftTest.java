package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The refusal form as posted: every original checked on its own, errors per original, nothing typed lost. */
class RefusalDraftTest {

    private static MockHttpServletRequest form(Map<String, String[]> fields) {
        MockHttpServletRequest req = new MockHttpServletRequest("POST", "/requests/x/refusal");
        fields.forEach(req::addParameter);
        return req;
    }

    @Test
    void markedOriginalsBecomeItemsWithEveryGroundTicked() {
        RefusalDraft d = RefusalDraft.from(form(Map.of(
                "refuse", new String[] {"2", "3"},
                "grounds-2", new String[] {"PENCIL", "RESOURCE_ABSENT"},
                "details-2", new String[] {"Күні қарындашпен жазылған"},
                "grounds-3", new String[] {"NOT_SUBMITTED"},
                "details-3", new String[] {""},
                "details-1", new String[] {""})));
        List<RefusalItem> items = d.items();
        assertThat(d.errors()).isEmpty();
        assertThat(items).extracting(RefusalItem::originalNumber).containsExactly(2, 3);
        assertThat(items.get(0).orderedGrounds()).containsExactly(RefusalGround.RESOURCE_ABSENT, RefusalGround.PENCIL);
        assertThat(items.get(1).details()).isNull();
        assertThat(d.isMarked(2)).isTrue();
        assertThat(d.isMarked(1)).isFalse();
        assertThat(d.hasGround(2, "PENCIL")).isTrue();
    }

    @Test
    void eachOriginalGetsItsOwnErrorAndKeepsWhatWasTyped() {
        RefusalDraft d = RefusalDraft.from(form(Map.of(
                "refuse", new String[] {"1", "2", "3", "x", "99999999999"},
                "details-1", new String[] {"Мөр анық емес"},
                "grounds-2", new String[] {"NOT_SUBMITTED", "ERASURES"},
                "details-2", new String[] {"қайшы"},
                "grounds-3", new String[] {"ADDITIONS"},
                "details-3", new String[] {"   "},
                "grounds-4", new String[] {"PENCIL"},
                "details-4", new String[] {"белгіленбеген"})));
        assertThat(d.items()).isEmpty();
        assertThat(d.errors()).containsOnlyKeys(1, 2, 3, 4);
        assertThat(d.errors().get(1).code()).isEqualTo("REFUSAL_GROUND_REQUIRED");
        assertThat(d.errors().get(2).code()).isEqualTo("REFUSAL_GROUNDS_CONTRADICT");
        assertThat(d.errors().get(3).code()).isEqualTo("REFUSAL_DETAILS_REQUIRED");
        assertThat(d.errors().get(4).code()).isEqualTo("WEB_REFUSAL_NOT_MARKED");
        assertThat(d.errors().get(4).args()).containsExactly(4);
        // typed text and ticks come back as they were
        assertThat(d.details(1)).isEqualTo("Мөр анық емес");
        assertThat(d.details(3)).isEqualTo("   ");
        assertThat(d.hasGround(4, "PENCIL")).isTrue();
        assertThat(d.isMarked(4)).isFalse();
        // an unknown ground on a marked original is no ground
        RefusalDraft forged = RefusalDraft.from(form(Map.of("refuse", new String[] {"5"},
                "grounds-5", new String[] {"BAD_WEATHER"})));
        forged.items();
        assertThat(forged.errors().get(5).code()).isEqualTo("REFUSAL_GROUND_REQUIRED");
    }

    @Test
    void aServiceErrorNamingAMarkedOriginalIsPlacedThere() {
        RefusalDraft d = RefusalDraft.from(form(Map.of("refuse", new String[] {"2"},
                "grounds-2", new String[] {"PENCIL"}, "details-2", new String[] {"x"})));
        assertThat(d.items()).hasSize(1);
        assertThat(d.attach(new CertCopyException("ORIGINAL_ALREADY_RESOLVED", ErrorKind.CONFLICT, 2))).isTrue();
        assertThat(d.attach(new CertCopyException("ORIGINAL_ALREADY_RESOLVED", ErrorKind.CONFLICT, 1))).isFalse();
        assertThat(d.attach(new CertCopyException("CONCURRENT_UPDATE", ErrorKind.CONFLICT))).isFalse();
        assertThat(d.errors()).containsOnlyKeys(2);
    }
}
