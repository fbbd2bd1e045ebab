package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people of several documents as shared speakers: one per person, named by the fullest form seen. */
class SpeakerDirectoryTest {

  private static DocumentQuotes.LocalPerson named(String name, String... labels) {
    return new DocumentQuotes.LocalPerson(List.of(name.split(" ")), null, List.of(labels));
  }

  private static DocumentQuotes.LocalPerson described(String description) {
    return new DocumentQuotes.LocalPerson(List.of(), description, List.of());
  }

  @Test
  void aSurnameAloneJoinsTheFullNameAndTheFullestFormNamesTheSpeaker() {
    SpeakerDirectory d = new SpeakerDirectory();
    int a = d.add(named("Varga"), 1);
    int b = d.add(named("Tomas Varga"), 2);
    assertThat(b).isEqualTo(a);
    List<Speaker> s = d.speakers();
    assertThat(s).hasSize(1);
    assertThat(s.get(0).name()).isEqualTo("Tomas Varga");
    assertThat(s.get(0).aliases()).containsExactly("Varga");
    assertThat(d.idOf(a)).isEqualTo("s1");
  }

  @Test
  void labelsBecomeAliasesButNotTheNameItself() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add(named("Tomas Varga", "the harbour master", "Tomas Varga"), 1);
    assertThat(d.speakers().get(0).aliases()).containsExactly("the harbour master");
  }

  @Test
  void differentPeopleAreDifferentClusters() {
    SpeakerDirectory d = new SpeakerDirectory();
    int a = d.add(named("Tomas Varga"), 1);
    int b = d.add(named("Hanne Roos"), 2);
    assertThat(b).isNotEqualTo(a);
    assertThat(d.speakers()).extracting(Speaker::name).containsExactly("Tomas Varga", "Hanne Roos");
  }

  @Test
  void aSurnameFittingTwoPeopleJoinsNeither() {
    SpeakerDirectory d = new SpeakerDirectory();
    int tom = d.add(named("Tom Baird"), 1);
    int rosa = d.add(named("Rosa Baird"), 2);
    int bare = d.add(named("Baird"), 3);
    assertThat(bare).isNotIn(tom, rosa);
    assertThat(d.speakers()).hasSize(3);
  }

  @Test
  void speakersAreNumberedByFirstAppearanceNotByOrderAdded() {
    SpeakerDirectory d = new SpeakerDirectory();
    int late = d.add(named("Hanne Roos"), 7);
    int early = d.add(named("Tomas Varga"), 2);
    List<Speaker> s = d.speakers();
    assertThat(s).extracting(Speaker::name).containsExactly("Tomas Varga", "Hanne Roos");
    assertThat(d.idOf(early)).isEqualTo("s1");
    assertThat(d.idOf(late)).isEqualTo("s2");
  }

  @Test
  void aDescribedSpeakerJoinsTheSameDescriptionWhateverItsCaseAndIsListedAsDescribed() {
    SpeakerDirectory d = new SpeakerDirectory();
    int a = d.add(described("the port authority"), 1);
    int b = d.add(described("The Port Authority"), 2);
    int c = d.add(named("Tomas Varga"), 3);
    assertThat(b).isEqualTo(a);
    List<Speaker> s = d.speakers();
    assertThat(s.get(0).name()).isEqualTo("The Port Authority");
    assertThat(d.describedIds()).containsExactly(d.idOf(a));
    assertThat(d.describedIds()).doesNotContain(d.idOf(c));
  }

  @Test
  void describedIdsAreEmptyBeforeSpeakersSettleTheIds() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.add(described("the port authority"), 1);
    assertThat(d.describedIds()).isEmpty();
  }
}
