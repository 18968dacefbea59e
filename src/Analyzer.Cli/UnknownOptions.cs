using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;

namespace Analyzer.Cli;

/// <summary>
/// Finds the options a user mistyped. System.CommandLine hands a token it does not know to the command's
/// arguments, so <c>assess proposals/ --job 4</c> read '--job' and '4' as two missing proposals. A token shaped
/// like an option (dashes, then letters, digits and dashes) that names no file or folder is reported as an
/// unknown option instead, with the closest real one. A file really named like an option (<c>-h.yaml</c>, or
/// anything after <c>--</c>) is still read as a proposal.
/// </summary>
internal static partial class UnknownOptions
{
    public static IReadOnlyList<string> Find(ParseResult parse)
    {
        var tokens = parse.Tokens.ToList();
        var endOfOptions = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var asArguments = parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => endOfOptions < 0 || tokens.FindIndex(x => ReferenceEquals(x, t)) < endOfOptions)
            .Select(t => t.Value);
        var known = Known(parse.CommandResult).Where(n => n.StartsWith('-')).ToList();
        return [.. parse.UnmatchedTokens.Concat(asArguments)
            .Where(token => !File.Exists(token) && !Directory.Exists(token))
            .Select(token => token.Split('=', ':')[0]) // --jobs=4 and --jobs:4 are System.CommandLine's spellings too
            .Where(name => OptionShape().IsMatch(name))
            .Distinct(StringComparer.Ordinal)
            .Select(name => Problems.UnknownOption(name, Suggest(name, known)))];
    }

    /// <summary>The command's own options and those its parents share with it (help), each under every alias.</summary>
    private static IEnumerable<string> Known(CommandResult command)
    {
        var own = true;
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult { Command: var c })
            {
                foreach (var option in c.Options.Where(o => own || o.Recursive))
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
                own = false;
            }
        }
    }

    /// <summary>One letter is too little to guess from: '-j' is as near to '-h' as to anything.</summary>
    private static string? Suggest(string name, IEnumerable<string> known) =>
        name.TrimStart('-').Length <= 1 ? null : DidYouMean.Closest(name, known);

    [GeneratedRegex("^--?[A-Za-z0-9?][A-Za-z0-9-]*$")]
    private static partial Regex OptionShape();
}
