using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Rules;

/// <summary>
/// A field a criterion needs, as a path in the proposal's own names: <c>instrument.binding</c>,
/// <c>institution.challenges.scope</c>, <c>decisions[].by</c> (each decision),
/// or a derived fact, <c>facts.ChainComplete</c>. Absent, null or blank is missing; <c>false</c> and <c>[]</c> are stated.
/// </summary>
public sealed partial class RequiredField
{
    private readonly Segment[] _segments;
    private readonly PropertyInfo? _factProperty;
    private readonly string? _factName;
    private readonly Func<object, bool>? _factIsUnknown;

    private RequiredField(string path, Segment[] segments, PropertyInfo? fact)
    {
        Path = path;
        _segments = segments;
        _factProperty = fact;
        if (fact is not null)
        {
            _factName = fact.Name;
            _factIsUnknown = Getters.IsNull(fact);
        }
    }

    public string Path { get; }

    /// <summary>When set, the field is needed only if this holds over the proposal (checked after the unconditional fields).</summary>
    public Func<Proposal, ProposalFacts, bool>? When { get; private init; }

    /// <summary>The condition of <see cref="When"/> as written in the pack, shown by <c>analyzer explain</c>.</summary>
    public string? Condition { get; private init; }

    public RequiredField OnlyWhen(Func<Proposal, ProposalFacts, bool>? when, string? condition = null) =>
        new(Path, _segments, _factProperty) { When = when, Condition = condition };

    /// <summary>Parses and checks a path against the model; returns null with a reason when it names no field.</summary>
    public static RequiredField? Parse(string path, out string? error)
    {
        error = null;
        if (path.StartsWith("facts.", StringComparison.Ordinal))
        {
            var fact = typeof(ProposalFacts).GetProperty(path[6..]);
            if (fact is null || Nullable.GetUnderlyingType(fact.PropertyType) is null && fact.PropertyType.IsValueType)
            {
                error = $"'{path}' is not a fact that can be unknown";
                return null;
            }
            return new RequiredField(path, [], fact);
        }

        var segments = new List<Segment>();
        var type = typeof(Proposal);
        foreach (var part in path.Split('.'))
        {
            var match = SegmentPattern().Match(part);
            if (!match.Success)
            {
                error = $"'{path}' is not a field path (segment '{part}')";
                return null;
            }
            var name = match.Groups["name"].Value;
            if (type == typeof(Dictionary<string, string>))
            {
                segments.Add(new Segment(name, null, match.Groups["list"].Success));
                type = typeof(string);
                continue;
            }
            var property = type.GetProperty(char.ToUpperInvariant(name[0]) + name[1..]);
            if (property is null || !char.IsLower(name[0]))
            {
                error = $"'{path}' names no field '{name}'";
                return null;
            }
            segments.Add(new Segment(name, property, match.Groups["list"].Success));
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsArray && match.Groups["list"].Success)
            {
                type = type.GetElementType()!; // arrays always have an element type
            }
        }
        return new RequiredField(path, [.. segments], null);
    }

    /// <summary>Adds to <paramref name="missing"/> (created on first use) each place where this field is not stated.</summary>
    public void CollectMissing(Proposal proposal, ProposalFacts facts, ref List<string>? missing)
    {
        if (_factIsUnknown is not null)
        {
            if (_factIsUnknown(facts))
            {
                (missing ??= []).AddRange(facts.Missing.TryGetValue(_factName!, out var fields) ? fields : [Path]);
            }
            return;
        }
        if (AnyMissing(proposal, 0))
        {
            Walk(proposal, 0, "", ref missing); // paths are named only for a field that is missing
        }
    }

    /// <summary>The walk of <see cref="Walk"/> without naming anything: most fields are stated, and naming allocates.</summary>
    private bool AnyMissing(object current, int index)
    {
        var segment = _segments[index];
        if (segment.IsNull is { } isNull)
        {
            return isNull(current);
        }
        var value = current is Dictionary<string, string> map ? map.GetValueOrDefault(segment.Name) : segment.Get!(current);
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (index == _segments.Length - 1)
        {
            return false;
        }
        if (!segment.EachItem)
        {
            return AnyMissing(value, index + 1);
        }
        // The model's lists are arrays, walked without an enumerator; anything else is walked as Walk walks it.
        foreach (var item in value as object[] ?? [.. ((IEnumerable)value).Cast<object>()])
        {
            if (AnyMissing(item, index + 1))
            {
                return true;
            }
        }
        return false;
    }

    private void Walk(object current, int index, string prefix, ref List<string>? missing)
    {
        var segment = _segments[index];
        if (segment.IsNull is { } isNull)
        {
            // A number or a yes/no: only ever the last segment, and stated unless null (read without boxing it).
            if (isNull(current))
            {
                (missing ??= []).Add(Join(prefix, segment.Name));
            }
            return;
        }
        var value = current is Dictionary<string, string> map
            ? map.GetValueOrDefault(segment.Name)
            : segment.Get!(current); // non-dictionary segments were resolved at parse time
        if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
        {
            (missing ??= []).Add(Join(prefix, segment.Name));
            return;
        }
        if (index == _segments.Length - 1)
        {
            return;
        }
        if (!segment.EachItem)
        {
            Walk(value, index + 1, Join(prefix, segment.Name), ref missing);
            return;
        }
        var i = 0;
        foreach (var item in (IEnumerable)value)
        {
            var id = (item as Entity)?.Id ?? (item as Decision)?.Id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Walk(item, index + 1, $"{Join(prefix, segment.Name)}[{id}]", ref missing);
            i++;
        }
    }

    // Paths are built only when needed: on a miss, or to descend (the display path names list items by id).
    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9-]*)(?<list>\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();

    private sealed record Segment(string Name, PropertyInfo? Property, bool EachItem)
    {
        /// <summary>Reads a text, list or record; null for a dictionary key and for a number or yes/no (<see cref="IsNull"/>).</summary>
        public Func<object, object?>? Get { get; } = Property is null || Property.PropertyType.IsValueType ? null : Getters.Of(Property);

        public Func<object, bool>? IsNull { get; } = Property is { PropertyType.IsValueType: true } ? Getters.IsNull(Property) : null;
    }
}
