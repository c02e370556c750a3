using Lovkode.Spec.Binding.Drafts;

namespace Lovkode.Spec.Tests.Binding;

/// <summary>
/// The draft's lists (Binding/Drafts/NamedList): lookup by name must agree with the list after
/// every change a reform makes (add, swap in place, remove, clear, copy), whether or not the
/// name index was built before the change. A stale index would make a reform replace or remove
/// the wrong rule, or none.
/// </summary>
public sealed class NamedListTests
{
    private sealed record Item(string Name, int Value);

    private static NamedList<Item> List(params string[] names) => new(i => i.Name, names.Select((n, i) => new Item(n, i)));

    [Fact]
    public void A_name_is_found_at_its_position_and_an_unknown_name_is_minus_one()
    {
        var list = List("A", "B", "C");
        Assert.Equal((0, 1, 2, -1), (list.IndexOf("A"), list.IndexOf("B"), list.IndexOf("C"), list.IndexOf("D")));
        Assert.Equal(3, list.Count);
        Assert.Equal("B", list[1].Name);
        Assert.Equal(["A", "B", "C"], list.Select(i => i.Name));
    }

    [Fact]
    public void Of_two_items_with_one_name_the_first_is_found_whether_added_before_or_after_the_first_lookup()
    {
        var list = List("A", "B", "A");
        Assert.Equal(0, list.IndexOf("A"));
        list.Add(new Item("B", 9));
        Assert.Equal(1, list.IndexOf("B"));
        Assert.Equal(1, list[list.IndexOf("B")].Value);
    }

    [Fact]
    public void An_item_added_after_a_lookup_is_found_at_its_position()
    {
        var list = List("A", "B");
        Assert.Equal(-1, list.IndexOf("C"));
        list.Add(new Item("C", 7));
        list.AddRange([new Item("D", 8), new Item("E", 9)]);
        Assert.Equal((2, 3, 4), (list.IndexOf("C"), list.IndexOf("D"), list.IndexOf("E")));
        Assert.Equal(8, list[list.IndexOf("D")].Value);
    }

    [Fact]
    public void An_item_swapped_in_under_another_name_is_found_by_its_new_name_only()
    {
        var list = List("A", "B", "C");
        Assert.Equal(1, list.IndexOf("B"));
        list[1] = new Item("X", 5);
        Assert.Equal((-1, 1), (list.IndexOf("B"), list.IndexOf("X")));

        // A swap under the same name keeps the lookup and gives the new item.
        list[2] = new Item("C", 6);
        Assert.Equal(2, list.IndexOf("C"));
        Assert.Equal(6, list[2].Value);
    }

    [Fact]
    public void After_a_removal_the_later_items_are_found_one_place_earlier()
    {
        var list = List("A", "B", "C");
        Assert.Equal(2, list.IndexOf("C"));
        list.RemoveAt(0);
        Assert.Equal((-1, 0, 1), (list.IndexOf("A"), list.IndexOf("B"), list.IndexOf("C")));
    }

    [Fact]
    public void After_clearing_nothing_is_found_and_new_items_count_from_zero()
    {
        var list = List("A", "B");
        Assert.Equal(1, list.IndexOf("B"));
        list.Clear();
        Assert.Equal((0, -1), (list.Count, list.IndexOf("B")));
        list.Add(new Item("B", 3));
        Assert.Equal(0, list.IndexOf("B"));
    }

    [Fact]
    public void A_copy_is_changed_without_changing_the_original()
    {
        var original = List("A", "B");
        Assert.Equal(1, original.IndexOf("B"));
        var copy = original.Copy();
        copy.RemoveAt(0);
        copy.Add(new Item("C", 2));
        Assert.Equal(["A", "B"], original.Select(i => i.Name));
        Assert.Equal((0, 1, -1), (original.IndexOf("A"), original.IndexOf("B"), original.IndexOf("C")));
        Assert.Equal(["B", "C"], copy.Select(i => i.Name));
        Assert.Equal((0, 1), (copy.IndexOf("B"), copy.IndexOf("C")));
    }

    [Fact]
    public void An_empty_list_finds_nothing()
    {
        var list = new NamedList<Item>(i => i.Name);
        Assert.Equal((0, -1), (list.Count, list.IndexOf("A")));
        Assert.Empty(list);
    }
}
