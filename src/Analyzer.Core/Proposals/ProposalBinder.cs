using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals.Schema;
using Analyzer.Core.Proposals.Source;

namespace Analyzer.Core.Proposals;

/// <summary>
/// Binds a YAML/JSON tree onto the proposal model, reporting unknown keys, duplicate keys and wrong types
/// with their positions. It never substitutes a default: a value it cannot bind stays absent and is reported.
/// </summary>
public sealed class ProposalBinder
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> Fields = new();

    private readonly string _path;
    private readonly SourceMap _map;
    private readonly List<Diagnostic> _problems;

    private ProposalBinder(string path, SourceMap map, List<Diagnostic> problems)
    {
        _path = path;
        _map = map;
        _problems = problems;
    }

    public static Proposal? Bind(string path, SourceNode root, SourceMap map, List<Diagnostic> problems)
    {
        var binder = new ProposalBinder(path, map, problems);
        if (root is not MappingNode)
        {
            problems.Add(Problems.RootNotMapping(path, root.At));
            return null;
        }
        return (Proposal?)binder.BindRecord(typeof(Proposal), (MappingNode)root, "", "");
    }

    /// <summary>
    /// Binds one value of a field on its own, as it would be bound in a file: a sweep's dimension values, checked once
    /// before any variant is built. <paramref name="type"/> is the field's type (a list's element type for an item);
    /// positions go into <paramref name="map"/> under paths relative to the value (<c>[0]</c>, <c>kind</c>).
    /// </summary>
    public static object? BindValue(string path, Type type, SourceNode node, string name, SourceMap map, List<Diagnostic> problems)
    {
        var binder = new ProposalBinder(path, map, problems);
        map.Add("", node.At);
        return IsRecord(type) && !type.IsArray && node is MappingNode mapping
            ? binder.BindRecord(type, mapping, "", $"'{name}'")
            : binder.BindValue(type, node, "", name);
    }

    /// <summary>The camelCase keys a record type accepts, in declaration order.</summary>
    public static IReadOnlyCollection<string> KeysOf(Type type) => FieldsOf(type).Keys;

    /// <summary>Each key a record type accepts and the property it binds, in declaration order.</summary>
    public static IEnumerable<(string Key, PropertyInfo Property)> BoundFields(Type type) =>
        FieldsOf(type).Select(f => (f.Key, f.Value));

    // Ordered by metadata token, which is declaration order: the schema lists fields in the order the model states them.
    internal static Dictionary<string, PropertyInfo> FieldsOf(Type type) =>
        Fields.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .OrderBy(p => p.MetadataToken)
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal));

    private static readonly ConcurrentDictionary<PropertyInfo, Action<object, object>> Setters = new();

    /// <summary>
    /// The property's setter as a delegate: reflection's SetValue costs several times a direct call, once per field of
    /// every file of a batch. The model's properties are init-only, which binds like any setter.
    /// </summary>
    private static Action<object, object> Setter(PropertyInfo property) =>
        Setters.GetOrAdd(property, static p => (Action<object, object>)typeof(ProposalBinder)
            .GetMethod(nameof(BindSetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(p.DeclaringType!, p.PropertyType).Invoke(null, [p.SetMethod!])!);

    private static Action<object, object> BindSetter<TRecord, TValue>(MethodInfo setter)
    {
        var set = setter.CreateDelegate<Action<TRecord, TValue>>();
        return (record, value) => set((TRecord)record, (TValue)value);
    }

    /// <summary>A type the binder fills from a mapping of fields (everything but text, booleans, numbers, text maps and lists).</summary>
    internal static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Dictionary<string, string>) && !type.IsArray;

    private object? BindRecord(Type type, MappingNode node, string path, string context)
    {
        _map.Add(path, node.At);
        var fields = FieldsOf(type);
        var record = Activator.CreateInstance(type)!; // model records all have a public parameterless constructor
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in node.Entries)
        {
            var fieldPath = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (!seen.Add(entry.Key))
            {
                _problems.Add(Problems.DuplicateKey(_path, entry.KeyAt, entry.Key, context));
                continue;
            }
            if (!fields.TryGetValue(entry.Key, out var property))
            {
                _problems.Add(UnknownKey(entry, fields.Keys, context));
                continue;
            }
            _map.Add(fieldPath, entry.Value.At);
            var value = BindValue(property.PropertyType, entry.Value, fieldPath, entry.Key);
            if (value is not null)
            {
                Setter(property)(record, value);
            }
        }
        return record;
    }

    private Diagnostic UnknownKey(MappingEntry entry, IEnumerable<string> known, string context)
    {
        if (entry.Key == "<<")
        {
            return Problems.MergeKey(_path, entry.KeyAt);
        }
        // A field of another level first: its exact name elsewhere says more than a near spelling here.
        var homes = FieldHomes.Of(entry.Key);
        return homes.Count > 0
            ? Problems.MisplacedField(_path, entry.KeyAt, entry.Key, context, homes)
            : Problems.UnknownField(_path, entry.KeyAt, entry.Key, context, DidYouMean.Closest(entry.Key, known));
    }

    private object? BindValue(Type type, SourceNode node, string path, string name)
    {
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }
        return ModelFields.ShapeOf(type) switch
        {
            FieldShape.Text => node is ScalarNode s ? s.Text : WrongType(node, name, "text"),
            // YAML 1.2's core schema spellings; yes/no/on/off (YAML 1.1) are too easily a typo for a text answer.
            FieldShape.Boolean => Scalar(node, name, "true or false", t => t switch
            {
                "true" or "True" or "TRUE" => true,
                "false" or "False" or "FALSE" => false,
                _ => null,
            }),
            FieldShape.WholeNumber => Scalar(node, name, "a whole number",
                t => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null),
            FieldShape.Number => Scalar(node, name, "a number",
                t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null),
            FieldShape.TextMap => node is MappingNode m ? BindTextMap(m, path, name) : WrongType(node, name, "a mapping of keys to text"),
            FieldShape.TextList or FieldShape.RecordList => node is SequenceNode seq
                ? BindArray(type.GetElementType()!, seq, path, name)
                : NotAList(type.GetElementType()!, node, name),
            _ => node is MappingNode mapping
                ? BindRecord(type, mapping, path, $"'{path}'") // lists and records are classes, never Nullable<T>
                : WrongType(node, name, MappingOf(type)),
        };
    }

    private Array BindArray(Type element, SequenceNode node, string path, string name)
    {
        var items = new List<object>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            var itemPath = $"{path}[{i}]";
            _map.Add(itemPath, item.At);
            object? value = element == typeof(string)
                ? BindValue(element, item, itemPath, name)
                : item is MappingNode m
                    ? BindRecord(element, m, itemPath, ElementContext(name, m, i))
                    : WrongType(item, $"{name}[{i}]", MappingOf(element));
            if (value is not null)
            {
                items.Add(value);
            }
            else if (element == typeof(string) && item is ScalarNode { IsNull: true })
            {
                // A null record item was reported by WrongType above; a null text item is reported here, once.
                _problems.Add(Problems.WrongType(_path, item.At, $"{name}[{i}]", "text", "null"));
            }
        }
        var array = Array.CreateInstance(element, items.Count);
        Array.Copy(items.ToArray(), array, items.Count); // one typed copy, not a reflective SetValue per item
        return array;
    }

    private Dictionary<string, string> BindTextMap(MappingNode node, string path, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in node.Entries)
        {
            _map.Add($"{path}.{entry.Key}", entry.KeyAt);
            if (map.ContainsKey(entry.Key))
            {
                _problems.Add(Problems.DuplicateKey(_path, entry.KeyAt, entry.Key, $"'{path}'"));
            }
            else if (entry.Value is ScalarNode { IsNull: true })
            {
                // A key with no answer says nothing: the criterion that needs it stays not-stated.
            }
            else if (entry.Value is ScalarNode s)
            {
                map[entry.Key] = s.Text;
            }
            else
            {
                WrongType(entry.Value, $"{name}.{entry.Key}", "text");
            }
        }
        return map;
    }

    private object? Scalar(SourceNode node, string name, string expected, Func<string, object?> parse)
    {
        if (node is not ScalarNode scalar)
        {
            return WrongType(node, name, expected);
        }
        var value = parse(scalar.Text);
        if (value is null)
        {
            _problems.Add(Problems.WrongType(_path, node.At, name, expected, scalar.Text));
        }
        return value;
    }

    private object? WrongType(SourceNode node, string name, string expected)
    {
        var found = node switch
        {
            MappingNode => "a mapping",
            SequenceNode => "a list",
            ScalarNode s => $"'{s.Text}'",
            _ => "something else",
        };
        _problems.Add(Problems.WrongType(_path, node.At, name, expected, found));
        return null;
    }

    /// <summary>A single value where a list belongs; for a list of text the fix is spelt out in the file's syntax.</summary>
    private object? NotAList(Type element, SourceNode node, string name)
    {
        if (element != typeof(string))
        {
            return WrongType(node, name, $"a list with one mapping per {Singular(name)}");
        }
        if (node is ScalarNode scalar)
        {
            _problems.Add(Problems.ScalarForList(_path, node.At, name, ListOf(scalar)));
            return null;
        }
        return WrongType(node, name, "a list");
    }

    /// <summary>
    /// The scalar as a flow list in the file's own syntax; null when too long to quote back. Unquoted YAML with commas
    /// (<c>mandatedBy: a, b</c>) was meant as several items, so it becomes <c>[a, b]</c>.
    /// </summary>
    private string? ListOf(ScalarNode scalar)
    {
        const int MaxQuoted = 60;
        var text = scalar.Text;
        if (text.Length > MaxQuoted || text.Any(char.IsControl))
        {
            return null;
        }
        if (_path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || scalar.IsQuoted)
        {
            return $"[{Quoted(text)}]";
        }
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        return items.All(IsPlain) ? $"[{string.Join(", ", items)}]" : $"[{Quoted(text)}]";
    }

    /// <summary>Safe unquoted in a YAML flow list: nothing in it can end the item or read as another type's syntax.</summary>
    private static bool IsPlain(string text) =>
        text.Length > 0 && char.IsLetterOrDigit(text[0]) && text[^1] != ' '
            && text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ' ' or '(' or ')');

    private static string Quoted(string text) =>
        $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    /// <summary>What a record looks like in the file, with its first two fields as the example.</summary>
    private static string MappingOf(Type record) =>
        $"a mapping of fields ({string.Join(", ", FieldsOf(record).Keys.Take(2).Select(k => k + ": ..."))})";

    private static string Singular(string listName) =>
        listName.EndsWith("ies", StringComparison.Ordinal) ? listName[..^3] + "y"
            : listName.EndsWith('s') ? listName[..^1] : listName;

    private static string ElementContext(string listName, MappingNode node, int index)
    {
        var singular = Singular(listName);
        var id = node.Entries.FirstOrDefault(e => e.Key == "id")?.Value as ScalarNode;
        return id is { IsNull: false }
            ? $"{singular} '{id.Text}'"
            : string.Create(CultureInfo.InvariantCulture, $"{singular} #{index + 1}");
    }
}
