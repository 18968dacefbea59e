using System.CommandLine;
using Analyzer.Core.Pipeline;

namespace Analyzer.Cli;

/// <summary>The <c>--shard k/n</c> option: one of n contiguous blocks of the inputs, for one task of a scheduler's array.</summary>
internal static class ShardOption
{
    public static Option<Shard> Create(string inputs) => new("--shard")
    {
        Description = $"Take only the k-th of n contiguous, near-equal blocks of the {inputs}, in their usual order, and write the reports for that block; 'analyzer merge' joins the shards' reports into one run's.",
        HelpName = "k/n",
        DefaultValueFactory = _ => Shard.Whole,
        // On a bad value the parser records an error, which stops the run; the shard returned then is never used.
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            var shard = Shard.Parse(text, out var error);
            if (shard is null)
            {
                result.AddError(error!);
            }
            return shard ?? Shard.Whole;
        },
    };

    /// <summary>True when the user named a shard (<c>--shard 1/1</c> included), so the run says which block it took.</summary>
    public static bool Given(ParseResult parse, Option<Shard> option) => parse.GetResult(option) is { Implicit: false };
}
