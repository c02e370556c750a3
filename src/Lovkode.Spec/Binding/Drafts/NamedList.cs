using System;
using System.Collections;
using System.Collections.Generic;

namespace Lovkode.Spec.Binding.Drafts;

/// <summary>
/// An ordered list of named items with lookup by name in constant time, so that binding a
/// regime of thousands of declarations stays linear. The name index is rebuilt lazily after
/// a removal, which is rare (reforms only).
/// </summary>
internal sealed class NamedList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;
    private readonly Func<T, string> _name;
    private Dictionary<string, int>? _index;

    public NamedList(Func<T, string> name, IEnumerable<T>? items = null)
    {
        _name = name;
        _items = items is null ? new List<T>() : new List<T>(items);
    }

    public int Count => _items.Count;

    public T this[int index]
    {
        get => _items[index];
        set
        {
            var old = _name(_items[index]);
            _items[index] = value;
            if (_index is not null && old != _name(value)) _index = null;
        }
    }

    /// <summary>The position of the first item with this name, or -1.</summary>
    public int IndexOf(string name)
    {
        if (_index is null)
        {
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _items.Count; i++)
            {
                var key = _name(_items[i]);
                if (!_index.ContainsKey(key)) _index[key] = i;
            }
        }
        return _index.TryGetValue(name, out var found) ? found : -1;
    }

    public void Add(T item)
    {
        _items.Add(item);
        if (_index is not null)
        {
            var key = _name(item);
            if (!_index.ContainsKey(key)) _index[key] = _items.Count - 1;
        }
    }

    public void AddRange(IEnumerable<T> items)
    {
        foreach (var item in items) Add(item);
    }

    public void RemoveAt(int index)
    {
        _items.RemoveAt(index);
        _index = null;
    }

    public void Clear()
    {
        _items.Clear();
        _index = null;
    }

    public NamedList<T> Copy() => new(_name, _items);

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
