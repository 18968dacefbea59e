using System.CommandLine;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Reporting;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer merge</c>: joins the reports of <c>assess --shard k/n</c>, k = 1..n, into the report one run writes, byte
/// for byte. The scheduler (a Slurm array, a Kubernetes Indexed Job) runs the shards; this is the step after.
/// </summary>
public static class MergeCommand
{
    /// <remarks>Merge writes a file and says so on stderr, like assess's 'wrote' lines; stdout stays empty.</remarks>
    public static Command Create(TextWriter stderr)
    {
        var shards = new Argument<string[]>("shards")
        {
            Description = "The shards' reports, all detail CSV, all summary CSV, all Parquet or all JSON Lines. They are joined in the natural "
                + "order of their file names (summary-2.csv before summary-10.csv), so name them by shard number.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The joined report; its extension says the format, as for assess --summary (.parquet, .jsonl, else CSV).",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("merge", "Join the reports of 'assess --shard k/n' into the report of one run, byte for byte.")
        {
            shards, output,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            var (problems, proposals) = ShardMerge.Run(parse.GetValue(shards)!, target);
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem);
            }
            if (problems.Count > 0)
            {
                return ExitCodes.BadInput;
            }
            stderr.WriteLine(Problems.Merged(parse.GetValue(shards)!.Length, proposals, target));
            return ExitCodes.Success;
        });
        return command;
    }
}
