using System.Globalization;

namespace Analyzer.Core.Diagnostics;

/// <summary>The messages of <c>analyzer sweep</c>: a design space file and its dimensions (see <c>proposals/SPACES.md</c>).</summary>
public static partial class Problems
{
    public static Diagnostic SpaceNamedAsProposal(string path) =>
        Diagnostic.Error(path, "this is a design space, not a proposal; run 'analyzer sweep' on it.");

    public static Diagnostic SweepSpaceIsFolder(string path) =>
        Diagnostic.Error(path, "a design space is one file; name the .space.yaml file itself.");

    public static Diagnostic SweepSpaceNotMapping(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "a design space must be a mapping with 'base' and 'dimensions' (and, if you like, 'limit').");

    public static Diagnostic SweepMissingKey(string path, SourcePosition at, string key, string context) =>
        Diagnostic.Error(path, at, context.Length == 0 ? $"a design space needs '{key}'." : $"{context} needs '{key}'.");

    public static Diagnostic SweepUnknownSpaceKey(string path, SourcePosition at, string key, string context, string? suggestion) =>
        Diagnostic.Error(path, at, $"unknown key '{key}'{In(context)}" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));

    public static Diagnostic SweepBadBase(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "'base' is the path of a proposal file (from this file's folder) or a proposal written here as a mapping.");

    public static Diagnostic SweepBaseNotFound(string path, SourcePosition at, string written, string resolved) =>
        Diagnostic.Error(path, at, $"the base proposal '{written}' is not a file (looked for '{resolved}'; a base is found from the space file's folder).");

    public static Diagnostic SweepBaseIsSpace(string path, SourcePosition at, string written) =>
        Diagnostic.Error(path, at, $"'{written}' is a design space; the base must be a proposal.");

    public static Diagnostic SweepBadLimit(string path, SourcePosition at, string found) =>
        Diagnostic.Error(path, at, $"'limit' must be a whole number from 1 to 2147483647 (1_000_000 may be written with underscores); found {Quote(found)}.");

    public static Diagnostic SweepDimensionsNotList(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "'dimensions' must be a list, each item with 'name', 'path' and 'values'.");

    public static Diagnostic SweepNoDimensions(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "'dimensions' is empty; a space needs at least one dimension to vary.");

    public static Diagnostic SweepDimensionNotMapping(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "a dimension must be a mapping with 'name', 'path' and 'values'.");

    public static Diagnostic SweepBadName(string path, SourcePosition at, string found) =>
        Diagnostic.Error(path, at, $"a dimension's 'name' heads its summary column: lower-case letters, digits, hyphens and underscores, starting with a letter or digit; found {Quote(found)}.");

    public static Diagnostic SweepReservedName(string path, SourcePosition at, string name) =>
        Diagnostic.Error(path, at, $"dimension name '{name}' is already a column of the summary; choose another name.");

    public static Diagnostic SweepDuplicateName(string path, SourcePosition at, string name, SourcePosition first) =>
        Diagnostic.Error(path, at, string.Create(CultureInfo.InvariantCulture,
            $"dimension '{name}' is already defined at line {first.Line}; each dimension needs its own name."));

    public static Diagnostic SweepBadPath(string path, SourcePosition at, string reason) =>
        Diagnostic.Error(path, at, $"{reason}.");

    public static Diagnostic SweepUnknownKey(string path, SourcePosition at, string key, string under, string? suggestion) =>
        Diagnostic.Error(path, at, $"unknown field '{key}'{Under(under)}" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));

    public static Diagnostic SweepMisplacedKey(string path, SourcePosition at, string key, string under, IReadOnlyList<string> homes) =>
        Diagnostic.Error(path, at, $"unknown field '{key}'{Under(under)}; it is a field " +
            string.Join(" or ", homes.Select(h => h.Length == 0 ? "at the top level" : $"under '{h}'")) + ".");

    public static Diagnostic SweepSetsId(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "a dimension cannot set 'id': each variant's id is made from its values.");

    public static Diagnostic SweepSelectorOnNonList(string path, SourcePosition at, string key) =>
        Diagnostic.Error(path, at, $"'{key}' is not a list of records, so '[...]' selects nothing in it; selectors apply to 'entities' and 'decisions'.");

    public static Diagnostic SweepTwoSelectors(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "a path selects items of one list only.");

    public static Diagnostic SweepListNeedsSelector(string path, SourcePosition at, string key, string next) =>
        Diagnostic.Error(path, at, $"'{key}' is a list; say which items: {key}[*].{next} for every one, {key}[id=...].{next} for one.");

    public static Diagnostic SweepNothingUnder(string path, SourcePosition at, string key) =>
        Diagnostic.Error(path, at, $"'{key}' holds a value, not fields; the path must end at '{key}'.");

    public static Diagnostic SweepUnknownMapKey(string path, SourcePosition at, string key, string map, string? suggestion) =>
        Diagnostic.Error(path, at, $"'{key}' is not a key of '{map}'" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));

    public static Diagnostic SweepBadSelectorField(string path, SourcePosition at, string list, string field, string? suggestion) =>
        Diagnostic.Error(path, at, $"the items of '{list}' have no text field '{field}' to select by" +
            (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));

    public static Diagnostic SweepSelectsNothing(string path, SourcePosition at, string list, string selector, string? suggestion) =>
        Diagnostic.Error(path, at, $"'{list}[{selector}]' matches no item of the base proposal" +
            (suggestion is null ? "." : $"; did you mean '{list}[{suggestion}]'?"));

    public static Diagnostic SweepValuesNotList(string path, SourcePosition at, string name) =>
        Diagnostic.Error(path, at, $"the 'values' of dimension '{name}' must be a list; a list value is itself written in brackets: [[a, b], []].");

    public static Diagnostic SweepNoValues(string path, SourcePosition at, string name) =>
        Diagnostic.Error(path, at, $"dimension '{name}' has no values; give it at least one.");

    public static Diagnostic SweepRepeatedValue(string path, SourcePosition at, string name, string text, SourcePosition first) =>
        Diagnostic.Error(path, at, string.Create(CultureInfo.InvariantCulture,
            $"dimension '{name}' lists '{text}' twice (first at {first.Line}:{first.Column}); each value makes its own variants."));

    public static Diagnostic SweepBadLabels(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "'labels' must be a list of short texts, one per value.");

    public static Diagnostic SweepLabelCount(string path, SourcePosition at, int labels, int values) =>
        Diagnostic.Error(path, at, string.Create(CultureInfo.InvariantCulture, $"'labels' has {labels} item(s) for {values} value(s); give one label per value."));

    public static Diagnostic SweepNullItem(string path, SourcePosition at, string name) =>
        Diagnostic.Error(path, at, $"a list item cannot be null; give the whole {name} as a mapping.");

    public static Diagnostic SweepValueBreaks(string path, SourcePosition at, string message) =>
        Diagnostic.Error(path, at, $"with this value the proposal is not valid: {message}");

    public static Diagnostic SweepSamePath(string path, SourcePosition at, string name, string other, string field) =>
        Diagnostic.Error(path, at, $"dimension '{name}' sets '{field}', as dimension '{other}' does; merge their values into one dimension.");

    public static Diagnostic SweepSelectsReplacedList(string path, SourcePosition at, string inner, string innerPath, string outer, string outerPath) =>
        Diagnostic.Error(path, at, $"dimension '{inner}' ({innerPath}) selects items of the list that dimension '{outer}' replaces whole ({outerPath}); vary one or the other.");

    public static Diagnostic SweepTooManyToCount(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "the dimensions make more variants than can be numbered (over 9.2 x 10^18); remove some values.");

    public static Diagnostic SweepTooManyGraphCombinations(string path, SourcePosition at, IReadOnlyList<string> names, long max) =>
        Diagnostic.Error(path, at, string.Create(CultureInfo.InvariantCulture,
            $"dimensions {string.Join(", ", names.Select(n => $"'{n}'"))} change the entities or decisions, so their values are checked together, and they make more than {max:N0} combinations; split the space."));

    public static Diagnostic SweepCombinationInvalid(string path, SourcePosition at, string combination, string message) =>
        Diagnostic.Error(path, at, $"the values {combination} together make an invalid proposal: {message}");

    public static Diagnostic SweepCombinationWarning(string path, SourcePosition at, string combination, string message) =>
        Diagnostic.Warning(path, at, $"with the values {combination}: {message}");

    /// <summary>A space over its limit; <paramref name="sampleHint"/> when the command can draw a sample instead (sweep).</summary>
    public static Diagnostic SweepOverLimit(string path, SourcePosition at, long count, long limit, bool stated, bool sampleHint = true) =>
        Diagnostic.Error(path, at, string.Create(CultureInfo.InvariantCulture,
            $"the space has {count:N0} variants, over {(stated ? "its stated limit" : "the default limit")} of {limit:N0}; ") +
            (sampleHint ? "draw a sample with --sample N --seed S, or raise 'limit' in the space." : "remove values, or raise 'limit' in the space."));

    public static Diagnostic SweepSampleOverLimit(string path, SourcePosition at, int sample, long limit, bool stated) =>
        Diagnostic.Error(path, at, string.Create(CultureInfo.InvariantCulture,
            $"--sample {sample:N0} asks for more variants than {(stated ? "the space's stated limit" : "the default limit")} of {limit:N0}; ask for fewer, or raise 'limit' in the space."));

    // Command-line usage of sweep; the CLI prefixes "error: ".
    public static string SeedWithoutSample() => "--seed chooses the variants of a sample; use it with --sample N.";

    private static string Under(string model) => model.Length == 0 ? " in a proposal" : $" under '{model}'";
}
