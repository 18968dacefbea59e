using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using Analyzer.Core.Proposals.Schema;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// Resolves a dimension's parsed path on the proposal model (every key must be one the reader binds) and on the base
/// proposal (every selector must match an item there), and compiles the edit that sets a value at it.
/// </summary>
internal static class FieldTargetResolver
{
    /// <summary>
    /// The target of <paramref name="segments"/> (the parsed <paramref name="text"/>) on <paramref name="baseProposal"/>;
    /// null, with the problem added, when a key or selector does not resolve. <paramref name="at"/> says where in the
    /// space file the path's character at an offset stands.
    /// </summary>
    public static FieldTarget? Resolve(string spacePath, string text, IReadOnlyList<PathSegment> segments, Proposal baseProposal,
        Func<int, SourcePosition> at, List<Diagnostic> problems)
    {
        var steps = new List<EditStep>();
        var type = typeof(Proposal);
        object? baseNode = baseProposal; // the base's record at this step; null once a selector has chosen items
        var model = "";
        var prefix = ""; // the source path up to the selected list
        int[]? selected = null;
        var suffix = "";
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            var fields = ProposalBinder.FieldsOf(type);
            if (!fields.TryGetValue(segment.Key, out var property))
            {
                problems.Add(UnknownKey(spacePath, at(segment.Offset), segment.Key, model, fields.Keys));
                return null;
            }
            if (model.Length == 0 && segment.Key == "id")
            {
                problems.Add(Problems.SweepSetsId(spacePath, at(segment.Offset)));
                return null;
            }
            var shape = ModelFields.ShapeOf(property.PropertyType);
            model = model.Length == 0 ? segment.Key : $"{model}.{segment.Key}";
            Append(ref prefix, ref suffix, selected is not null, "." + segment.Key);
            steps.Add(FieldStep.For(property));

            if (segment.Selector is { } selector)
            {
                if (shape != FieldShape.RecordList)
                {
                    problems.Add(Problems.SweepSelectorOnNonList(spacePath, at(segment.Offset), segment.Key));
                    return null;
                }
                if (selected is not null)
                {
                    problems.Add(Problems.SweepTwoSelectors(spacePath, at(segment.Offset)));
                    return null;
                }
                var element = property.PropertyType.GetElementType()!;
                var items = baseNode is null ? null : (Array?)property.GetValue(baseNode);
                selected = Select(spacePath, segment, selector, element, items, at, problems);
                if (selected is null)
                {
                    return null;
                }
                steps.Add(new ItemsStep(selected));
                model += "[]";
                type = element;
                baseNode = null;
                if (last)
                {
                    return Target(model, element, Singular(segment.Key), prefix, suffix, selected, steps, isItem: true);
                }
                continue;
            }
            if (last)
            {
                return Target(model, property.PropertyType, segment.Key, prefix, suffix, selected, steps, isItem: false);
            }
            switch (shape)
            {
                case FieldShape.Record:
                    type = property.PropertyType;
                    baseNode = baseNode is null ? null : property.GetValue(baseNode);
                    break;
                case FieldShape.RecordList:
                    problems.Add(Problems.SweepListNeedsSelector(spacePath, at(segment.Offset), segment.Key, segments[i + 1].Key));
                    return null;
                case FieldShape.TextMap when i + 1 == segments.Count - 1 && segments[i + 1].Selector is null:
                    return MapKey(spacePath, model, segments[i + 1], prefix, suffix, selected, steps, at, problems);
                default:
                    problems.Add(Problems.SweepNothingUnder(spacePath, at(segments[i + 1].Offset), segment.Key));
                    return null;
            }
        }
        throw new InvalidOperationException($"'{text}' has no segments"); // the parser never returns an empty path
    }

    private static FieldTarget? MapKey(string spacePath, string model, PathSegment key, string prefix, string suffix, int[]? selected,
        List<EditStep> steps, Func<int, SourcePosition> at, List<Diagnostic> problems)
    {
        // A key outside a closed vocabulary (the challenges) would be refused by the validator; say so at the path.
        if (FieldCatalog.Find(model) is { IsClosed: true, Values: { } keys } && !keys.Contains(key.Key, StringComparer.Ordinal))
        {
            problems.Add(Problems.SweepUnknownMapKey(spacePath, at(key.Offset), key.Key, model, DidYouMean.Closest(key.Key, keys)));
            return null;
        }
        steps.Add(new MapKeyStep(key.Key));
        Append(ref prefix, ref suffix, selected is not null, "." + key.Key);
        return Target($"{model}.{key.Key}", typeof(string), key.Key, prefix, suffix, selected, steps, isItem: false);
    }

    private static int[]? Select(string spacePath, PathSegment segment, ItemSelector selector, Type element, Array? items,
        Func<int, SourcePosition> at, List<Diagnostic> problems)
    {
        var count = items?.Length ?? 0;
        switch (selector)
        {
            case AllItems when count > 0:
                return [.. Enumerable.Range(0, count)];
            case ItemAt { Index: var index } when index < count:
                return [index];
            case ItemsWhere where:
                var fields = ProposalBinder.FieldsOf(element);
                if (!fields.TryGetValue(where.Field, out var field) || ModelFields.ShapeOf(field.PropertyType) != FieldShape.Text)
                {
                    var textFields = fields.Where(f => ModelFields.ShapeOf(f.Value.PropertyType) == FieldShape.Text).Select(f => f.Key).ToList();
                    problems.Add(Problems.SweepBadSelectorField(spacePath, at(segment.Offset + segment.Key.Length + 1), segment.Key, where.Field,
                        DidYouMean.Closest(where.Field, textFields)));
                    return null;
                }
                var values = Enumerable.Range(0, count).Select(i => field.GetValue(items!.GetValue(i)) as string).ToList();
                int[] matching = [.. Enumerable.Range(0, count).Where(i => values[i] == where.Value)];
                if (matching.Length > 0)
                {
                    return matching;
                }
                problems.Add(Problems.SweepSelectsNothing(spacePath, at(segment.Offset), segment.Key, selector.Text,
                    DidYouMean.Closest(where.Value, values.OfType<string>()) is { } near ? $"{where.Field}={near}" : null));
                return null;
        }
        problems.Add(Problems.SweepSelectsNothing(spacePath, at(segment.Offset), segment.Key, selector.Text, null));
        return null;
    }

    /// <summary>The source path up to a selected list goes in <paramref name="prefix"/>; the rest, after the items, in <paramref name="suffix"/>.</summary>
    private static void Append(ref string prefix, ref string suffix, bool afterSelection, string part)
    {
        if (afterSelection)
        {
            suffix += part;
        }
        else
        {
            prefix = prefix.Length == 0 ? part.TrimStart('.') : prefix + part;
        }
    }

    private static FieldTarget Target(string model, Type valueType, string name, string prefix, string suffix, int[]? selected,
        List<EditStep> steps, bool isItem) => new()
        {
            ModelPath = model,
            ValueType = valueType,
            Name = name,
            SourcePaths = selected is null
                ? [prefix]
                : [.. selected.Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]{suffix}"))],
            IsItem = isItem,
            Edit = new ModelEdit([.. steps]),
        };

    private static Diagnostic UnknownKey(string spacePath, SourcePosition at, string key, string model, IEnumerable<string> known)
    {
        var homes = FieldHomes.Of(key);
        return homes.Count > 0
            ? Problems.SweepMisplacedKey(spacePath, at, key, model, homes)
            : Problems.SweepUnknownKey(spacePath, at, key, model, DidYouMean.Closest(key, known));
    }

    private static string Singular(string list) => list.EndsWith("ies", StringComparison.Ordinal) ? list[..^3] + "y" : list.TrimEnd('s');
}
