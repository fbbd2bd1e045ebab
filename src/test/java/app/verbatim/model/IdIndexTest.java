package app.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdIndexTest {
  record Boat(String id, String name) {}

  private static final Boat GULL = new Boat("b1", "Gull");
  private static final Boat TERN = new Boat("b2", "Tern");
  private static final Boat PUFFIN = new Boat("b3", "Puffin");
  private static final Boat TERN_TOO = new Boat("b2", "Second Tern");

  @Test
  void itIsTheListItWasMadeFromInOrder() {
    List<Boat> index = IdIndex.of(List.of(GULL, TERN, PUFFIN), Boat::id);

    assertThat(index).containsExactly(GULL, TERN, PUFFIN);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.get(1)).isSameAs(TERN);
    assertThat(index).isEqualTo(List.of(GULL, TERN, PUFFIN));
    assertThat(index).isInstanceOf(RandomAccess.class);
    assertThatThrownBy(() -> index.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void itCannotBeChanged() {
    List<Boat> index = IdIndex.of(List.of(GULL, TERN), Boat::id);

    assertThatThrownBy(() -> index.add(PUFFIN)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.set(0, PUFFIN)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> index.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(index).containsExactly(GULL, TERN);
  }

  @Test
  void laterChangesToTheSourceListDoNotReachIt() {
    List<Boat> source = new ArrayList<>(List.of(GULL, TERN));
    List<Boat> index = IdIndex.of(source, Boat::id);

    source.add(PUFFIN);
    source.set(0, TERN_TOO);

    assertThat(index).containsExactly(GULL, TERN);
    assertThat(IdIndex.find(index, "b3", Boat::id)).isEmpty();
    assertThat(IdIndex.find(index, "b1", Boat::id)).contains(GULL);
  }

  @Test
  void anElementIsFoundByItsId() {
    List<Boat> index = IdIndex.of(List.of(GULL, TERN, PUFFIN), Boat::id);

    assertThat(IdIndex.find(index, "b3", Boat::id)).contains(PUFFIN);
    assertThat(IdIndex.find(index, "b1", Boat::id)).contains(GULL);
    assertThat(IdIndex.find(index, "b9", Boat::id)).isEmpty();
    assertThat(IdIndex.find(index, null, Boat::id)).isEmpty();
  }

  @Test
  void anIndexIsSearchedWithoutCallingTheIdFunctionAgain() {
    AtomicInteger calls = new AtomicInteger();
    Function<Boat, String> counting = b -> {
      calls.incrementAndGet();
      return b.id();
    };
    List<Boat> index = IdIndex.of(List.of(GULL, TERN, PUFFIN), counting);
    int afterBuilding = calls.get();

    assertThat(IdIndex.find(index, "b2", counting)).contains(TERN);
    assertThat(afterBuilding).isEqualTo(3);
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void ofEqualIdsTheFirstWinsAsAScanWould() {
    List<Boat> boats = List.of(GULL, TERN, TERN_TOO);
    List<Boat> index = IdIndex.of(boats, Boat::id);

    assertThat(index).containsExactly(GULL, TERN, TERN_TOO);
    assertThat(IdIndex.find(index, "b2", Boat::id)).containsSame(TERN);
    assertThat(IdIndex.find(boats, "b2", Boat::id)).containsSame(TERN);
  }

  @Test
  void anyOtherListIsScanned() {
    List<Boat> plain = Arrays.asList(GULL, TERN, PUFFIN);

    assertThat(IdIndex.find(plain, "b3", Boat::id)).contains(PUFFIN);
    assertThat(IdIndex.find(plain, "b7", Boat::id)).isEmpty();
    assertThat(IdIndex.find(plain, null, Boat::id)).isEmpty();
    assertThat(IdIndex.find(List.<Boat>of(), "b1", Boat::id)).isEmpty();
  }

  @Test
  void anIndexIsNotWrappedAgain() {
    List<Boat> index = IdIndex.of(List.of(GULL, TERN), Boat::id);

    assertThat(IdIndex.of(index, Boat::id)).isSameAs(index);
  }

  @Test
  void anEmptyListGivesAnEmptyIndex() {
    List<Boat> index = IdIndex.of(List.of(), Boat::id);

    assertThat(index).isEmpty();
    assertThat(IdIndex.find(index, "b1", Boat::id)).isEmpty();
  }

  @Test
  void aNullElementIsRefused() {
    assertThatThrownBy(() -> IdIndex.of(Arrays.asList(GULL, null), Boat::id))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theComparisonsListsAreIndexesFoundById() {
    Comparison c = SampleComparison.build();

    assertThat(IdIndex.of(c.quotes(), Quote::id)).isSameAs(c.quotes());
    assertThat(c.quote("q4")).map(Quote::documentId).contains("d2");
    assertThat(c.speaker("s2")).map(Speaker::name).contains("Tomas Varga");
    assertThat(c.document("d1")).map(Document::outlet).contains("Daily Wire");
    assertThat(c.quote("q99")).isEmpty();
  }
}
