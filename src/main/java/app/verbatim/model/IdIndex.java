package app.verbatim.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also finds an element by its id in constant time. A comparison of a long
 * article holds tens of thousands of quotations, and looking each one up by scanning the list made
 * every report quadratic.
 */
final class IdIndex<T> extends AbstractList<T> implements RandomAccess {
  private final List<T> items;
  private final Map<String, T> byId;

  private IdIndex(List<T> items, Function<T, String> id) {
    this.items = List.copyOf(items);
    this.byId = new HashMap<>(this.items.size() * 2);
    for (T t : this.items) {
      byId.putIfAbsent(id.apply(t), t); // the first of equal ids wins, as a scan from the start would
    }
  }

  static <T> List<T> of(List<T> items, Function<T, String> id) {
    return items instanceof IdIndex<T> ready ? ready : new IdIndex<>(items, id);
  }

  /** The element with this id in a list made by {@link #of}, or (for any other list) by a scan. */
  static <T> Optional<T> find(List<T> list, String id, Function<T, String> idOf) {
    if (id == null) {
      return Optional.empty();
    }
    if (list instanceof IdIndex<T> index) {
      return Optional.ofNullable(index.byId.get(id));
    }
    return list.stream().filter(t -> id.equals(idOf.apply(t))).findFirst();
  }

  @Override
  public T get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }
}
