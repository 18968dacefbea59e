namespace Analyzer.Core.Rules;

/// <summary>
/// Where the rule pack is: the folder given with <c>--rules</c>, else the one named by <c>ANALYZER_RULES</c>, else
/// the copy shipped beside the executable. The pack goes wherever the tool goes, so no command depends on the
/// folder it is run from. The example proposals that the fixtures use sit beside the pack.
/// </summary>
public sealed record PackLocation(string Rules, string Proposals)
{
    public const string Variable = "ANALYZER_RULES";

    public static PackLocation Find(string? option, string? environment, string executableDirectory)
    {
        var rules = !string.IsNullOrEmpty(option) ? option
            : !string.IsNullOrEmpty(environment) ? environment
            : Path.Combine(executableDirectory, "rules");
        return new PackLocation(rules, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules))!, "proposals"));
    }
}
