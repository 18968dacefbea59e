using System.Globalization;

namespace Analyzer.Core.Diagnostics;

/// <summary>Every user-facing problem message is built here, so the wording stays consistent.</summary>
public static partial class Problems
{
    public static Diagnostic NotFound(string path) =>
        Diagnostic.Error(path, "no such file or folder, and no file matches it as a pattern.");

    public static Diagnostic NoProposalFiles(string path) =>
        Diagnostic.Error(path, "no .yaml, .yml or .json files here.");

    public static Diagnostic ExplainOneFile(string path, int found) =>
        Diagnostic.Error(path, string.Create(CultureInfo.InvariantCulture,
            $"explain draws one proposal, and this names {found} files; name one of them."));

    public static Diagnostic UnsupportedExtension(string path) =>
        Diagnostic.Error(path, "a proposal must be a .yaml, .yml or .json file.");

    public static Diagnostic Unreadable(string path, string reason) =>
        Diagnostic.Error(path, $"cannot read the file: {reason}");

    public static Diagnostic CannotWrite(string path, string reason) =>
        Diagnostic.Error(path, $"cannot write the report: {reason}");

    public static Diagnostic CannotWriteSchema(string path, string reason) =>
        Diagnostic.Error(path, $"cannot write the schema: {reason}");

    public static Diagnostic ReportNotAFile(string path, string option) =>
        Diagnostic.Error(path.Length == 0 ? option : path, $"{option} needs the name of a file to write, not a folder or an empty name.");

    public static Diagnostic ReportTwice(string path, string option, string other) =>
        Diagnostic.Error(path, $"{option} names the same file as {other}; each report needs its own file.");

    public static Diagnostic ReportOverInput(string path, string option) =>
        Diagnostic.Error(path, $"{option} names a proposal this run reads; a report never overwrites its input.");

    public static Diagnostic ReportOverLink(string path, string option) =>
        Diagnostic.Error(path, $"{option} names a symbolic link; a report replaces only a regular file, so name the file itself.");

    public static Diagnostic PlotWithoutChineseFont(string path) =>
        Diagnostic.Warning(path, SourcePosition.File,
            "no installed font has the Chinese characters, so the plot is labelled in English (on Debian: apt-get install fonts-noto-cjk).");

    public static Diagnostic PlotWithoutFont(string path) =>
        Diagnostic.Warning(path, SourcePosition.File,
            "no installed font can write the plot's labels, so it is drawn without text (on Debian: apt-get install fonts-dejavu-core).");

    public static Diagnostic TooLargeWhenRead(string path, long limit) =>
        Diagnostic.Error(path, string.Create(CultureInfo.InvariantCulture,
            $"reading stopped past the limit of {limit} bytes for one proposal (a link to a large file or a device?)."));

    public static Diagnostic EmptyOrNotAFile(string path) =>
        Diagnostic.Error(path, "the file is empty, or is not a regular file (a pipe or a device); a proposal needs at least 'id' and 'title'.");

    public static Diagnostic ReportOverSpecial(string path, string option, string kind) =>
        Diagnostic.Error(path, $"{option} names a {kind}, not a regular file; a report replaces only a regular file, so name another file.");

    public static Diagnostic ReportOverEmptyOrSpecial(string path, string option) =>
        Diagnostic.Error(path, $"{option} names an existing empty entry, which may be a device or a pipe; remove it or name another file.");

    public static Diagnostic MergeKey(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "YAML merge keys ('<<') are not read; write the fields out in full.");

    public static Diagnostic Utf16File(string path) =>
        Diagnostic.Error(path, SourcePosition.File, "the file is UTF-16; save it as UTF-8.");

    public static Diagnostic MoreProblems(string path, int more) =>
        Diagnostic.Error(path, string.Create(CultureInfo.InvariantCulture, $"{more} more problem(s) in this file are not shown; fix the ones above first."));

    public static Diagnostic EmptyFile(string path) =>
        Diagnostic.Error(path, "the file is empty; a proposal needs at least 'id' and 'title'.");

    public static Diagnostic TooLarge(string path, long size, long limit) =>
        Diagnostic.Error(path, string.Create(CultureInfo.InvariantCulture,
            $"the file is {size} bytes, over the limit of {limit} bytes for one proposal."));

    public static Diagnostic NotYaml(string path, SourcePosition at, string reason) =>
        Diagnostic.Error(path, at, $"not valid YAML: {reason}");

    public static Diagnostic NotUtf8(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "the file is not valid UTF-8 here; save it as UTF-8.");

    public static Diagnostic NotJson(string path, SourcePosition at, string reason) =>
        Diagnostic.Error(path, at, $"not valid JSON: {reason}");

    public static Diagnostic MoreThanOneDocument(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "a proposal file holds one YAML document; found another one here.");

    public static Diagnostic RootNotMapping(string path, SourcePosition at) =>
        Diagnostic.Error(path, at, "a proposal must be a mapping of fields (id: ..., title: ...).");

    public static Diagnostic UnknownField(string path, SourcePosition at, string key, string context, string? suggestion) =>
        Diagnostic.Error(path, at, $"unknown field '{key}'{In(context)}" +
            (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));

    /// <summary>A key that is a field at another level: <paramref name="homes"/> are "" (the top level), "cooperation", "entities[]".</summary>
    public static Diagnostic MisplacedField(string path, SourcePosition at, string key, string context, IReadOnlyList<string> homes)
    {
        var nested = homes.Where(h => h.Length > 0).Select(h => $"'{h}'").ToList();
        var places = new List<string>();
        if (homes.Contains(""))
        {
            places.Add("at the top level");
        }
        if (nested.Count > 0)
        {
            places.Add("under " + (nested.Count == 1 ? nested[0] : $"{string.Join(", ", nested[..^1])} or {nested[^1]}"));
        }
        return Diagnostic.Error(path, at, $"unknown field '{key}'{In(context)}; it belongs {string.Join(" or ", places)}.");
    }

    /// <summary>A single value where a list belongs; <paramref name="asList"/> is the value written as a list, when short.</summary>
    public static Diagnostic ScalarForList(string path, SourcePosition at, string name, string? asList) =>
        Diagnostic.Error(path, at, asList is null
            ? $"'{name}' must be a list, even of one; put the value in [ ]."
            : $"'{name}' must be a list; write {asList}.");

    public static Diagnostic DuplicateKey(string path, SourcePosition at, string key, string context) =>
        Diagnostic.Error(path, at, $"field '{key}' appears twice{In(context)}.");

    public static Diagnostic WrongType(string path, SourcePosition at, string name, string expected, string found) =>
        Diagnostic.Error(path, at, $"'{name}' must be {expected}; found {Quote(found)}.");

    // Command-line usage; the CLI prefixes "error: ".
    public static string BadOptionValue(string option, string expected, string found) =>
        $"{option} expects {expected}; found '{Printable.Escape(found)}'.";

    public static string UnknownOption(string option, string? suggestion) =>
        $"unknown option '{Printable.Escape(option)}'" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?");

    // A criterion's error outcome, in the finding after "Could not be evaluated: ".
    public static string StepLimit(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"stopped after {limit:N0} steps, the limit for one criterion on one proposal ")
        + "(a step is one call of a lambda, or one item of a list or character of text the rule reads); look for a query nested in a query over the same list.";

    public static Diagnostic At(string path, SourcePosition at, string message) => Diagnostic.Error(path, at, message);

    // Messages for the proposal validator; the reader adds the location.
    public static string Required(string name) => $"'{name}' is required.";

    public static string BadId(string name, string value) =>
        $"'{name}' must be lower-case letters, digits and hyphens, starting with a letter or digit; found '{value}'.";

    public static string NotPositive(string name, string value) => $"'{name}' must be greater than 0; found '{value}'.";

    public static string UnknownValue(string name, string value, IEnumerable<string> allowed) =>
        $"'{name}' must be one of {string.Join(", ", allowed)}; found '{value}'.";

    public static string UnknownFormat(string value) =>
        $"'format' must be 'governance-proposal/v1' (the only version this engine reads); found '{value}'.";

    public static string DuplicateId(string what, string id) =>
        $"duplicate {what} id '{id}'; ids must be unique within the proposal.";

    public static string DanglingReference(string name, string id) =>
        $"'{name}' names entity '{id}', which is not in 'entities'.";

    public static string IssuerNotInEntities(string id) =>
        $"'issuer' names entity '{id}', which is not in 'entities'; add it with its kind.";

    public static string CyclicMandate(IEnumerable<string> cycle) =>
        $"mandate chain is cyclic: {string.Join(" -> ", cycle)}; a mandate must trace back to an authorized entity.";

    public static Diagnostic DirectionHidesAiUse(string path, SourcePosition at, string decision, string role) =>
        Diagnostic.Warning(path, at, $"'direction' is 'of-ai', but decision '{decision}' uses AI (ai: {role}); " +
            "AI use is judged from the decisions, so the design is also judged as governance by AI.");

    public static Diagnostic DirectionClaimsAiUse(string path, SourcePosition at, string direction) =>
        Diagnostic.Warning(path, at, $"'direction' is '{direction}', but no decision uses AI (every one states ai: none); " +
            "AI use is judged from the decisions, so no governance by AI is judged.");

    public static Diagnostic DuplicateProposalId(string path, SourcePosition at, string id, string firstPath) =>
        Diagnostic.Error(path, at, $"proposal id '{id}' is already used by '{firstPath}'; ids must be unique within a batch.");

    // Messages of 'analyzer new'; the questionnaire's own words, in both languages, are in Drafting/DraftWords.cs.
    public static string NewNeedsTerminal() =>
        "error: 'analyzer new' asks its questions on a terminal, and its input or its error stream is redirected here. "
        + "Run it in a terminal, or write the proposal by hand from proposals/FORMAT.md.";

    public static Diagnostic DraftNotAFile(string path) =>
        Diagnostic.Error(path.Length == 0 ? "-o" : path, "-o needs the name of a file to write, not a folder or an empty name.");

    public static Diagnostic DraftNotYaml(string path) =>
        Diagnostic.Error(path, "a draft is YAML; name it .yaml or .yml so that 'analyzer assess' reads it as such.");

    public static Diagnostic DraftFolderMissing(string path) =>
        Diagnostic.Error(path, "the folder to write the draft in does not exist.");

    public static Diagnostic DraftOverLink(string path) =>
        Diagnostic.Error(path, "-o names a symbolic link; a draft is written only to a regular file, so name the file itself.");

    public static Diagnostic DraftOverEmptyOrSpecial(string path) =>
        Diagnostic.Error(path, "-o names an existing empty entry, which may be a device or a pipe; remove it or name another file.");

    public static Diagnostic DraftExists(string path) =>
        Diagnostic.Error(path, "the file exists; add --force to replace it, or name another file.");

    public static Diagnostic CannotWriteDraft(string path, string reason) =>
        Diagnostic.Error(path, $"cannot write the draft: {reason}");

    public static string DraftInvalid() =>
        "error: the draft does not read back as a valid proposal (a fault in 'analyzer new'); nothing was written.";

    // Messages of 'analyzer rules check' on teaching pairs, located at the rule file that holds the criterion.
    public static Diagnostic NoProposalsFolder(string folder) =>
        Diagnostic.Error(folder, "no such folder; teaching pairs are checked against the example proposals in it (name another with --proposals).");

    public static Diagnostic NoTeachingPair(string ruleFile, string criterion) =>
        Diagnostic.Error(ruleFile, $"{criterion}: no teaching pair; add \"teachingPair\": {{\"meets\": \"<id>\", \"fails\": \"<id>\"}} " +
            "to its Properties, naming two example proposals that differ in one stated fact.");

    public static Diagnostic TeachingExampleMissing(string ruleFile, string criterion, string id, string role, string folder) =>
        Diagnostic.Error(ruleFile, $"{criterion}: teaching pair example '{id}' ({role}) is not in {folder}; looked for {id}.yaml, {id}.yml and {id}.json.");

    public static Diagnostic TeachingExampleUnusable(string ruleFile, string criterion, string path, string role, string reason) =>
        Diagnostic.Error(ruleFile, $"{criterion}: teaching pair example {path} ({role}) cannot be assessed: {reason}");

    public static Diagnostic TeachingExampleWrongId(string ruleFile, string criterion, string path, string role, string id, string found) =>
        Diagnostic.Error(ruleFile, $"{criterion}: teaching pair example {path} ({role}) has id '{found}', not '{id}'.");

    public static Diagnostic TeachingPairDoesNotHold(string ruleFile, string criterion, string id, string role, string expected, string actual) =>
        Diagnostic.Error(ruleFile, $"{criterion}: teaching pair does not hold: '{id}' ({role}) comes out {actual}, not {expected}.");

    // Messages of 'analyzer criteria' and 'analyzer explain <criterion-id>'; the CLI prefixes "error: " to the plain ones.
    public static string UnknownCriterion(string id, string? suggestion) =>
        $"no criterion '{Printable.Escape(id)}' in the rule pack" + (suggestion is null ? "; 'analyzer criteria' lists them all." : $"; did you mean '{suggestion}'?");

    public static string UnknownPaper(string typed, IEnumerable<string> keys) =>
        $"--paper '{Printable.Escape(typed)}' names no paper of the rule pack; use one of {string.Join(", ", keys)}, or the start of one.";

    public static string AmbiguousPaper(string typed, IEnumerable<string> keys) =>
        $"--paper '{Printable.Escape(typed)}' could mean {string.Join(" or ", keys)}; type more of the key.";

    public static string MermaidNeedsProposal(string id) =>
        $"--format mermaid draws a proposal's authorization chain, and '{Printable.Escape(id)}' is a criterion; leave --format out, or give a proposal file.";

    public static Diagnostic PairProposalMissing(string folder, string criterion, string id) =>
        Diagnostic.Error(folder, $"the teaching pair of {criterion} names '{id}', but there is no {id}.yaml, {id}.yml or {id}.json in this folder.");

    public static Diagnostic PairIdMismatch(string path, string criterion, string expected, string? found) =>
        Diagnostic.Error(path, $"the teaching pair of {criterion} names '{expected}', but this file's id is '{found}'.");

    private static string In(string context) => context.Length == 0 ? "" : $" in {context}";

    private static string Quote(string found) => found.StartsWith('\'') || found.StartsWith("a ", StringComparison.Ordinal) ? found : $"'{found}'";
}
