using Analyzer.Core.Diagnostics;
using Analyzer.Core.Explaining;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer explain &lt;proposal-file&gt;</c>: the proposal seen through the papers, its authorization chain drawn as
/// a tree (or a Mermaid flowchart) and its classification in each paper. The <c>explain</c> command calls this when its
/// argument is a file; the chain itself is built and drawn in Core (<see cref="ChainViewBuilder"/>).
/// </summary>
public static class ExplainProposal
{
    public static readonly string[] Formats = ["text", "mermaid"];

    public static int Run(string path, RulePack pack, Language language, string format, TextWriter stdout, TextWriter stderr)
    {
        if (!Formats.Contains(format, StringComparer.Ordinal))
        {
            stderr.WriteLine($"error: {Problems.BadOptionValue("--format", string.Join(" or ", Formats), format)}");
            return ExitCodes.BadInput;
        }
        // Found as 'assess' finds it (a missing file, a folder or a wrong extension gets the same message), but one file only.
        var (files, findProblems) = ProposalFinder.Find([path]);
        foreach (var problem in findProblems)
        {
            stderr.WriteLine(problem);
        }
        if (findProblems.Any(p => p.Severity == Severity.Error))
        {
            return ExitCodes.BadInput;
        }
        if (files.Count != 1)
        {
            stderr.WriteLine(Problems.ExplainOneFile(path, files.Count));
            return ExitCodes.BadInput;
        }
        var file = new ProposalReader().Read(files[0]);
        foreach (var problem in file.Problems)
        {
            stderr.WriteLine(problem);
        }
        if (!file.IsUsable)
        {
            return ExitCodes.BadInput;
        }
        var view = ChainViewBuilder.Build(new ProposalAssessor(pack).Assess(file).Assessment, pack);
        if (format == "mermaid")
        {
            ChainMermaid.Write(stdout, view, language);
        }
        else
        {
            ChainText.Write(stdout, view, language);
        }
        return ExitCodes.Success;
    }
}
