namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>
/// Interns the names of one file: a spec repeats the same few hundred names, so a large file
/// lexes with one string per distinct name instead of one per occurrence.
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[1024];
    private int _count;

    public string Get(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            var existing = _slots[i];
            if (existing is null)
            {
                var name = text.Substring(start, length);
                _slots[i] = name;
                if (++_count * 2 > _slots.Length) Grow();
                return name;
            }
            if (existing.Length == length && string.CompareOrdinal(existing, 0, text, start, length) == 0) return existing;
            i = (i + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var name in old)
        {
            if (name is null) continue;
            var i = Hash(name, 0, name.Length) & mask;
            while (_slots[i] is not null) i = (i + 1) & mask;
            _slots[i] = name;
        }
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var h = (int)2166136261;
            for (var i = start; i < start + length; i++) h = (h ^ text[i]) * 16777619;
            return h & 0x7fffffff;
        }
    }
}
