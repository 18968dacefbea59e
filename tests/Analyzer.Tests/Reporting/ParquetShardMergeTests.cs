using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Tests.Cli;
using Parquet;

namespace Analyzer.Tests.Reporting;

/// <summary>
/// Row groups across shards: with groups smaller than a shard, the merge regroups rows as one run does, so the bytes
/// match even where a group of the one run spans two shards.
/// </summary>
public sealed class ParquetShardMergeTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    [Fact]
    public async Task Merge_SmallRowGroups_RegroupedAsOneRun()
    {
        using var folder = new TempFolder();
        var (files, _) = ProposalFinder.Find([Repo.Proposals]);
        Write(files, folder["whole.parquet"]);
        string[] parts = [folder["part-1.parquet"], folder["part-2.parquet"], folder["part-3.parquet"]];
        for (var k = 1; k <= 3; k++)
        {
            Write(new Shard(k, 3).Of(files), parts[k - 1]);
        }

        var (problems, proposals) = ShardMerge.Run(parts, folder["merged.parquet"], rowsPerGroup: 7);

        Assert.Empty(problems);
        Assert.Equal(files.Count, proposals);
        Assert.Equal(File.ReadAllBytes(folder["whole.parquet"]), File.ReadAllBytes(folder["merged.parquet"]));
        await using var reader = await ParquetReader.CreateAsync(folder["merged.parquet"]);
        Assert.Equal((files.Count + 6) / 7, reader.RowGroupCount);
    }

    private static void Write(IReadOnlyList<string> files, string path)
    {
        using var sink = new SummaryParquetSink(path, rowsPerGroup: 7);
        new BatchPipeline(Pack, new ProposalReader(), jobs: 2).Run(files, [sink], _ => { });
    }
}
