using System.Globalization;

namespace Analyzer.Core.Drafting;

/// <summary>
/// Block-style YAML built line by line, two spaces a level. Absent values write nothing, so a field the drafter did
/// not know stays out of the file; lists of text are written in flow style (<c>[a, b]</c>, <c>[]</c> for none).
/// </summary>
internal sealed class YamlLines
{
    private readonly List<string> _lines = [];

    public bool IsEmpty => _lines.Count == 0;

    public IReadOnlyList<string> Lines => _lines;

    public void Comment(int level, string text) => _lines.Add($"{Indent(level)}# {text}");

    public void Text(int level, string key, string? value)
    {
        if (value is not null)
        {
            _lines.Add($"{Indent(level)}{key}: {YamlScalar.Render(value)}");
        }
    }

    public void Bool(int level, string key, bool? value)
    {
        if (value is { } b)
        {
            _lines.Add($"{Indent(level)}{key}: {(b ? "true" : "false")}");
        }
    }

    public void Number(int level, string key, double? value)
    {
        if (value is { } n)
        {
            _lines.Add($"{Indent(level)}{key}: {n.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    public void List(int level, string key, IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            _lines.Add($"{Indent(level)}{key}: [{string.Join(", ", values.Select(YamlScalar.Render))}]");
        }
    }

    /// <summary>A nested mapping, written only when its body writes something.</summary>
    public void Mapping(int level, string key, Action<YamlLines, int> body)
    {
        var inner = new YamlLines();
        body(inner, level + 1);
        if (!inner.IsEmpty)
        {
            _lines.Add($"{Indent(level)}{key}:");
            _lines.AddRange(inner._lines);
        }
    }

    /// <summary>A list of mappings (entities, decisions): each item's first line carries the dash.</summary>
    public void Items<T>(int level, string key, IReadOnlyList<T>? items, Action<YamlLines, int, T> body)
    {
        if (items is null)
        {
            return;
        }
        if (items.Count == 0)
        {
            _lines.Add($"{Indent(level)}{key}: []");
            return;
        }
        _lines.Add($"{Indent(level)}{key}:");
        foreach (var item in items)
        {
            var inner = new YamlLines();
            body(inner, level + 2, item);
            if (inner.IsEmpty)
            {
                _lines.Add($"{Indent(level + 1)}- {{}}");
                continue;
            }
            var itemIndent = Indent(level + 2);
            var first = true;
            foreach (var line in inner._lines)
            {
                _lines.Add(first ? $"{Indent(level + 1)}- {line[itemIndent.Length..]}" : line);
                first = false;
            }
        }
    }

    public void Add(YamlLines other) => _lines.AddRange(other._lines);

    public void Blank() => _lines.Add("");

    private static string Indent(int level) => new(' ', level * 2);
}
