using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using Analyzer.Core.Proposals.Source;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// Reads a design space file (see <c>proposals/SPACES.md</c>) with the reader proposals use, so every problem is
/// located in it, and checks everything a variant could get wrong before any variant is built: each path resolves on
/// the model and the base, each value is bound and validated once as the reader would bind and validate it in a file,
/// and values that change the entity graph are validated together, in every combination. A space that passes gives
/// only valid variants.
/// </summary>
public static partial class SpaceReader
{
    /// <summary>Combinations of graph-changing values checked up front; a space needing more is refused, not sampled.</summary>
    public const long MaxGraphCombinations = 100_000;

    private static readonly ProposalValidator Validator = new();
    private static readonly string[] SpaceKeys = ["base", "limit", "dimensions"];
    private static readonly string[] DimensionKeys = ["name", "path", "values", "labels"];
    private static readonly string[] RequiredSpaceKeys = ["base", "dimensions"];
    private static readonly string[] RequiredDimensionKeys = ["name", "path", "values"];

    /// <summary>The space at <paramref name="path"/>, or null; a dimension's name must not take one of <paramref name="reservedColumns"/>.</summary>
    public static (DesignSpace? Space, IReadOnlyList<Diagnostic> Problems) Read(string path, IReadOnlyCollection<string> reservedColumns)
    {
        var problems = new List<Diagnostic>();
        var (root, sha) = Parse(path, problems);
        if (root is null)
        {
            return (null, problems);
        }
        if (root is not MappingNode top)
        {
            problems.Add(Problems.SweepSpaceNotMapping(path, root.At));
            return (null, problems);
        }
        var entries = Entries(path, top, SpaceKeys, "", problems);
        foreach (var key in RequiredSpaceKeys.Where(k => !entries.ContainsKey(k)))
        {
            problems.Add(Problems.SweepMissingKey(path, top.At, key, ""));
        }
        if (!entries.TryGetValue("base", out var baseEntry) || !entries.TryGetValue("dimensions", out var dimensionsEntry))
        {
            return (null, problems);
        }
        var inputs = new List<string> { path };
        var baseFile = ReadBase(path, sha, baseEntry, inputs, problems);
        var (limit, limitAt) = entries.TryGetValue("limit", out var limitEntry) ? Limit(path, limitEntry, problems) : (DesignSpace.DefaultLimit, dimensionsEntry.KeyAt);
        if (baseFile is not { IsUsable: true } || limit is null)
        {
            return (null, problems);
        }
        var baseProposal = baseFile.Proposal!;

        var dimensions = Dimensions(path, dimensionsEntry.Value, baseProposal, reservedColumns, problems);
        if (dimensions is null || problems.Any(p => p.Severity == Severity.Error))
        {
            return (null, problems);
        }
        CheckOverlaps(path, dimensions, problems);
        var count = Count(dimensions);
        if (count is null)
        {
            problems.Add(Problems.SweepTooManyToCount(path, dimensionsEntry.KeyAt));
        }
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return (null, problems);
        }
        CheckGraphCombinations(path, dimensionsEntry.KeyAt, baseProposal, dimensions, problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return (null, problems);
        }
        return (new DesignSpace
        {
            Path = path,
            Sha256 = sha,
            Base = baseProposal,
            Dimensions = dimensions,
            Count = count!.Value,
            Limit = limit.Value,
            LimitAt = limitAt,
            LimitStated = limitEntry is not null,
            Inputs = inputs,
        }, problems);
    }

    /// <summary>The file as a tree, with the same limits and encoding checks as a proposal file.</summary>
    private static (SourceNode? Root, string Sha) Parse(string path, List<Diagnostic> problems)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                problems.Add(Problems.SweepSpaceIsFolder(path));
                return (null, "");
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add(Problems.NotFound(path));
                return (null, "");
            }
            if (info.Length > ProposalReader.DefaultSizeLimit)
            {
                problems.Add(Problems.TooLarge(path, info.Length, ProposalReader.DefaultSizeLimit));
                return (null, "");
            }
            if (info.Length == 0)
            {
                problems.Add(Problems.EmptyOrNotAFile(path));
                return (null, "");
            }
            if (ReadBounded(path, ProposalReader.DefaultSizeLimit) is not { } read)
            {
                problems.Add(Problems.TooLargeWhenRead(path, ProposalReader.DefaultSizeLimit));
                return (null, "");
            }
            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problems.Unreadable(path, e.Message));
            return (null, "");
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = ProposalReader.Utf8Text(path, ProposalReader.StripBom(bytes), problems);
        return (text is null ? null : YamlSourceReader.Read(path, text, problems), sha);
    }

    /// <summary>At most <paramref name="limit"/> bytes, whatever the file claims to be (a link to a device); null when there is more.</summary>
    private static byte[]? ReadBounded(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limit)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The keys of a mapping that are known, each once; unknown and repeated keys are reported.</summary>
    private static Dictionary<string, MappingEntry> Entries(string path, MappingNode node, string[] known, string context, List<Diagnostic> problems)
    {
        var entries = new Dictionary<string, MappingEntry>(StringComparer.Ordinal);
        foreach (var entry in node.Entries)
        {
            if (!known.Contains(entry.Key, StringComparer.Ordinal))
            {
                problems.Add(Problems.SweepUnknownSpaceKey(path, entry.KeyAt, entry.Key, context, DidYouMean.Closest(entry.Key, known)));
            }
            else if (!entries.TryAdd(entry.Key, entry))
            {
                problems.Add(Problems.DuplicateKey(path, entry.KeyAt, entry.Key, context));
            }
        }
        return entries;
    }

    /// <summary>The base proposal: a file beside the space (its own problems are located in it), or written inline.</summary>
    private static ProposalFile? ReadBase(string path, string sha, MappingEntry entry, List<string> inputs, List<Diagnostic> problems)
    {
        switch (entry.Value)
        {
            case MappingNode inline:
                var inlineProblems = new List<Diagnostic>();
                var file = ProposalReader.FromTree(path, sha, inline, inlineProblems);
                problems.AddRange(file.Problems);
                return file;
            case ScalarNode { IsNull: false } name:
                var basePath = Beside(path, name.Text);
                if (ProposalFinder.IsSpace(basePath))
                {
                    problems.Add(Problems.SweepBaseIsSpace(path, name.At, name.Text));
                    return null;
                }
                if (!File.Exists(basePath))
                {
                    problems.Add(Problems.SweepBaseNotFound(path, name.At, name.Text, basePath));
                    return null;
                }
                inputs.Add(basePath);
                var read = new ProposalReader().Read(basePath);
                problems.AddRange(read.Problems);
                return read;
            default:
                problems.Add(Problems.SweepBadBase(path, entry.Value.At));
                return null;
        }
    }

    /// <summary>A path written in the space, taken from the space's folder, with <c>..</c> folded away for messages.</summary>
    private static string Beside(string spacePath, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return relative;
        }
        var folder = Path.GetDirectoryName(spacePath) ?? "";
        var parts = new List<string>();
        foreach (var part in Path.Combine(folder, relative).Replace('\\', '/').Split('/'))
        {
            if (part == ".." && parts.Count > 0 && parts[^1] is not ".." and not "")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != "." || parts.Count == 0)
            {
                parts.Add(part);
            }
        }
        var joined = string.Join('/', parts);
        return joined.StartsWith("./", StringComparison.Ordinal) ? joined[2..] : joined;
    }

    private static (long? Limit, SourcePosition At) Limit(string path, MappingEntry entry, List<Diagnostic> problems)
    {
        if (entry.Value is ScalarNode { IsNull: false } s && s.Text.Length > 0 && s.Text.All(c => char.IsAsciiDigit(c) || c == '_')
            && long.TryParse(s.Text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            && limit is >= 1 and <= int.MaxValue)
        {
            return (limit, s.At);
        }
        problems.Add(Problems.SweepBadLimit(path, entry.Value.At, entry.Value is ScalarNode scalar ? scalar.Text : "a list or mapping"));
        return (null, entry.Value.At);
    }

    private static List<Dimension>? Dimensions(string path, SourceNode node, Proposal baseProposal, IReadOnlyCollection<string> reserved,
        List<Diagnostic> problems)
    {
        if (node is not SequenceNode list)
        {
            problems.Add(Problems.SweepDimensionsNotList(path, node.At));
            return null;
        }
        if (list.Items.Count == 0)
        {
            problems.Add(Problems.SweepNoDimensions(path, list.At));
            return null;
        }
        var dimensions = new List<Dimension>();
        var names = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not MappingNode mapping)
            {
                problems.Add(Problems.SweepDimensionNotMapping(path, item.At));
                continue;
            }
            if (Dimension(path, mapping, baseProposal, reserved, names, problems) is { } dimension)
            {
                dimensions.Add(dimension);
            }
        }
        return dimensions;
    }

    private static Dimension? Dimension(string path, MappingNode node, Proposal baseProposal, IReadOnlyCollection<string> reserved,
        Dictionary<string, SourcePosition> names, List<Diagnostic> problems)
    {
        var entries = Entries(path, node, DimensionKeys, "a dimension", problems);
        foreach (var key in RequiredDimensionKeys.Where(k => !entries.ContainsKey(k)))
        {
            problems.Add(Problems.SweepMissingKey(path, node.At, key, "a dimension"));
        }
        if (!entries.TryGetValue("name", out var nameEntry) || !entries.TryGetValue("path", out var pathEntry)
            || !entries.TryGetValue("values", out var valuesEntry))
        {
            return null;
        }

        var name = Name(path, nameEntry.Value, reserved, names, problems);
        var target = Target(path, pathEntry.Value, baseProposal, problems);
        if (valuesEntry.Value is not SequenceNode values)
        {
            problems.Add(Problems.SweepValuesNotList(path, valuesEntry.Value.At, name ?? "?"));
            return null;
        }
        if (values.Items.Count == 0)
        {
            problems.Add(Problems.SweepNoValues(path, values.At, name ?? "?"));
            return null;
        }
        var labels = entries.TryGetValue("labels", out var labelsEntry) ? Labels(path, labelsEntry.Value, values, problems) : null;
        if (name is null || target is null || (labelsEntry is not null && labels is null))
        {
            return null;
        }

        var bound = new List<DimensionValue>();
        var texts = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var width = values.Items.Count.ToString(CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < values.Items.Count; i++)
        {
            var value = values.Items[i];
            var text = labels?[i] ?? FactorText.Of(value);
            if (!texts.TryAdd(text, value.At))
            {
                problems.Add(Problems.SweepRepeatedValue(path, value.At, name, text, texts[text]));
                continue;
            }
            if (Bind(path, target, value, baseProposal, problems) is var (ok, boundValue) && ok)
            {
                var idPart = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
                bound.Add(new DimensionValue(text, idPart, boundValue, value.At));
            }
        }
        return bound.Count == values.Items.Count ? new Dimension(name, ((ScalarNode)pathEntry.Value).Text, target, bound) : null;
    }

    private static string? Name(string path, SourceNode node, IReadOnlyCollection<string> reserved, Dictionary<string, SourcePosition> names,
        List<Diagnostic> problems)
    {
        if (node is not ScalarNode { IsNull: false } scalar || !NamePattern().IsMatch(scalar.Text))
        {
            problems.Add(Problems.SweepBadName(path, node.At, node is ScalarNode s ? s.Text : "a list or mapping"));
            return null;
        }
        var name = scalar.Text;
        if (reserved.Contains(name))
        {
            problems.Add(Problems.SweepReservedName(path, node.At, name));
            return null;
        }
        if (!names.TryAdd(name, node.At))
        {
            problems.Add(Problems.SweepDuplicateName(path, node.At, name, names[name]));
            return null;
        }
        return name;
    }

    private static FieldTarget? Target(string path, SourceNode node, Proposal baseProposal, List<Diagnostic> problems)
    {
        if (node is not ScalarNode { IsNull: false } scalar || scalar.Text.Length == 0)
        {
            problems.Add(Problems.SweepBadPath(path, node.At, "a dimension's 'path' is a field path such as cooperation.pathway"));
            return null;
        }
        // A plain scalar on one line: a column in the path is a column in the file; a quoted one starts after its quote.
        SourcePosition At(int offset) => scalar.Text.Contains('\n', StringComparison.Ordinal) ? scalar.At
            : scalar.At with { Column = scalar.At.Column + offset + (scalar.IsQuoted ? 1 : 0) };
        var segments = FieldPathParser.Parse(scalar.Text, out var error, out var errorAt);
        if (segments is null)
        {
            problems.Add(Problems.SweepBadPath(path, At(errorAt), $"'{scalar.Text}' is not a field path: {error}"));
            return null;
        }
        return FieldTargetResolver.Resolve(path, scalar.Text, segments, baseProposal, At, problems);
    }

    private static string[]? Labels(string path, SourceNode node, SequenceNode values, List<Diagnostic> problems)
    {
        if (node is not SequenceNode labels || labels.Items.Any(l => l is not ScalarNode { IsNull: false, Text.Length: > 0 }))
        {
            problems.Add(Problems.SweepBadLabels(path, node.At));
            return null;
        }
        if (labels.Items.Count != values.Items.Count)
        {
            problems.Add(Problems.SweepLabelCount(path, node.At, labels.Items.Count, values.Items.Count));
            return null;
        }
        return [.. labels.Items.Select(l => ((ScalarNode)l).Text)];
    }

    /// <summary>
    /// Binds one value as the reader binds the field, then sets it on the base and runs the validator and the direction
    /// check; every problem is placed at the value (or at the item of it that is wrong).
    /// </summary>
    private static (bool Ok, object? Value) Bind(string path, FieldTarget target, SourceNode node, Proposal baseProposal, List<Diagnostic> problems)
    {
        if (target.IsItem && node is ScalarNode { IsNull: true })
        {
            problems.Add(Problems.SweepNullItem(path, node.At, target.Name));
            return (false, null);
        }
        var map = new SourceMap();
        var bindProblems = new List<Diagnostic>();
        var value = ProposalBinder.BindValue(path, target.ValueType, node, target.Name, map, bindProblems);
        problems.AddRange(bindProblems);
        if (bindProblems.Count > 0)
        {
            return (false, null);
        }
        var variant = (Proposal)target.Edit.Apply(baseProposal, value);
        var failures = Validator.Validate(variant).Errors;
        foreach (var failure in failures)
        {
            var failed = ProposalReader.ToSourcePath(failure.PropertyName);
            var inside = target.SourcePaths.FirstOrDefault(p => IsWithin(failed, p));
            problems.Add(inside is null
                ? Problems.SweepValueBreaks(path, node.At, failure.ErrorMessage)
                : Problems.At(path, map.At(failed[inside.Length..].TrimStart('.')), failure.ErrorMessage));
        }
        if (failures.Count == 0 && DirectionCheck.Warn(path, baseProposal, new SourceMap()) is null
            && DirectionCheck.Warn(path, variant, new SourceMap()) is { } warning)
        {
            problems.Add(warning with { Line = node.At.Line, Column = node.At.Column });
        }
        return (failures.Count == 0, value);
    }

    private static bool IsWithin(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal) && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');

    /// <summary>
    /// Two dimensions on the very same path would make one of them pointless; a dimension that selects items of a list
    /// another replaces whole would select positions the new list may not have.
    /// </summary>
    private static void CheckOverlaps(string path, List<Dimension> dimensions, List<Diagnostic> problems)
    {
        for (var j = 1; j < dimensions.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var (a, b) = (dimensions[i], dimensions[j]);
                if (a.Path == b.Path)
                {
                    problems.Add(Problems.SweepSamePath(path, b.Values[0].At, b.Name, a.Name, a.Path));
                }
                else if (SelectsInto(b, a) || SelectsInto(a, b))
                {
                    var (inner, outer) = SelectsInto(b, a) ? (b, a) : (a, b);
                    problems.Add(Problems.SweepSelectsReplacedList(path, b.Values[0].At, inner.Name, inner.Path, outer.Name, outer.Path));
                }
            }
        }
    }

    private static bool SelectsInto(Dimension inner, Dimension outer) =>
        ModelListFields.Contains(outer.Target.ModelPath) && inner.Target.ModelPath.StartsWith(outer.Target.ModelPath + "[]", StringComparison.Ordinal);

    private static readonly string[] ModelListFields = ["entities", "decisions"];

    private static long? Count(List<Dimension> dimensions)
    {
        long count = 1;
        foreach (var dimension in dimensions)
        {
            try
            {
                count = checked(count * dimension.Values.Count);
            }
            catch (OverflowException)
            {
                return null;
            }
        }
        return count;
    }

    /// <summary>
    /// Values that change ids, references, mandates or the AI use can be valid one at a time and invalid together (two
    /// mandates that close a cycle); every combination of such values is validated once, here, so no variant can be
    /// invalid. The other dimensions cannot interact: the validator checks their fields one record at a time.
    /// </summary>
    private static void CheckGraphCombinations(string path, SourcePosition dimensionsAt, Proposal baseProposal, List<Dimension> dimensions,
        List<Diagnostic> problems)
    {
        var graph = dimensions.Where(d => d.Target.TouchesGraph).ToList();
        if (graph.Count < 2)
        {
            return;
        }
        var combinations = Count(graph);
        if (combinations is null or > MaxGraphCombinations)
        {
            problems.Add(Problems.SweepTooManyGraphCombinations(path, dimensionsAt, [.. graph.Select(d => d.Name)], MaxGraphCombinations));
            return;
        }
        var reported = 0;
        var droppedErrors = 0;
        var baseWarns = DirectionCheck.Warn(path, baseProposal, new SourceMap()) is not null;
        var digits = new int[graph.Count];
        for (long n = 0; n < combinations; n++)
        {
            var rest = n;
            for (var d = graph.Count - 1; d >= 0; d--)
            {
                digits[d] = (int)(rest % graph[d].Values.Count);
                rest /= graph[d].Values.Count;
            }
            var variant = baseProposal;
            for (var d = 0; d < graph.Count; d++)
            {
                variant = (Proposal)graph[d].Target.Edit.Apply(variant, graph[d].Values[digits[d]].Bound);
            }
            var combination = string.Join(", ", graph.Select((d, i) => $"{d.Name} = {d.Values[digits[i]].Text}"));
            var at = graph[^1].Values[digits[^1]].At;
            var found = Validator.Validate(variant).Errors.Select(f => Problems.SweepCombinationInvalid(path, at, combination, f.ErrorMessage)).ToList();
            if (found.Count == 0 && !baseWarns && DirectionCheck.Warn(path, variant, new SourceMap()) is { } warning)
            {
                found.Add(Problems.SweepCombinationWarning(path, at, combination, warning.Message));
            }
            foreach (var problem in found)
            {
                if (++reported <= ProposalReader.MaxProblemsShown)
                {
                    problems.Add(problem);
                }
                else if (problem.Severity == Severity.Error)
                {
                    droppedErrors++;
                }
            }
        }
        if (droppedErrors > 0)
        {
            problems.Add(Problems.MoreProblems(path, droppedErrors)); // warnings past the cap are dropped quietly
        }
    }

    /// <summary>A dimension's name heads its column: lower-case letters, digits, hyphens and underscores.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
