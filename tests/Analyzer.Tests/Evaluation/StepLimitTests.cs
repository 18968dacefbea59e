using System.Diagnostics;
using System.Text;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Xunit.Abstractions;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// A rule pack is user-written: a query nested in a query over a long list must stop at the per-criterion step limit
/// as that criterion's error, while every other criterion of the proposal is still evaluated (issue 8).
/// </summary>
public sealed class StepLimitTests : IDisposable
{
    private readonly string _rules = Directory.CreateTempSubdirectory("analyzer-steps-").FullName;
    private readonly ITestOutputHelper _output;

    public StepLimitTests(ITestOutputHelper output)
    {
        _output = output;
        File.Copy(Path.Combine(Repo.Rules, RulePackLoader.PackFile), Path.Combine(_rules, RulePackLoader.PackFile));
        File.Copy(Path.Combine(Repo.Rules, RulePackLoader.PapersFile), Path.Combine(_rules, RulePackLoader.PapersFile));
        File.WriteAllText(Path.Combine(_rules, "hostile.json"), $$"""
            { "WorkflowName": "hostile", "Rules": [
              { "RuleName": "T-01", "Expression": {{Quoted(CrossProduct)}}, "Properties": {{Properties}} },
              { "RuleName": "T-02", "Expression": "proposal.Entities.Count() > 1000", "Properties": {{Properties}} },
              { "RuleName": "T-03", "Expression": "true", "Properties": {{Properties}} },
              { "RuleName": "T-04", "Expression": {{Quoted(TextSearch)}}, "Properties": {{Properties}} }
            ] }
            """);
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    /// <summary>The issue's rule: every triple of entities, n³ string concatenations.</summary>
    private const string CrossProduct =
        "proposal.Entities.SelectMany(a => proposal.Entities.SelectMany(b => proposal.Entities.Select(c => a.Id + b.Id + c.Id))).Count() > 0";

    /// <summary>Few steps if only calls and items counted (4 million), but each searches half a megabyte of text.</summary>
    private const string TextSearch =
        "proposal.Entities.SelectMany(a => proposal.Entities.Select(b => proposal.Summary.Contains(a.Id + \"/\" + b.Id))).Any(found => found)";

    [Fact]
    public async Task Evaluate_LongTextSearchedInANestedQuery_StoppedAtTheLimitToo()
    {
        var pack = LoadPack();
        var file = ProposalReader.Read("text.yaml", LargeProposal(2_000, summary: 500_000));
        Assert.True(file.IsUsable, string.Join("\n", file.Problems));

        // Counting only calls and items, this searched 2 TB of text.
        var assessment = await Task.Run(() => new ProposalEvaluator(pack).Evaluate(file)).WaitAsync(TimeSpan.FromSeconds(60));

        var result = assessment.Results.Single(r => r.Criterion.Id == "T-04");
        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.StartsWith("stopped after 10,000,000 steps", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CrossProductOverTwentyThousandEntities_ErrorNamingTheLimitOthersEvaluated()
    {
        var pack = LoadPack();
        var file = ProposalReader.Read("big.yaml", LargeProposal(20_000));
        Assert.True(file.IsUsable, string.Join("\n", file.Problems));
        var clock = Stopwatch.StartNew();

        // Before the limit this ran for days; a timeout keeps the failing test from hanging the suite.
        var assessment = await Task.Run(() => new ProposalEvaluator(pack).Evaluate(file)).WaitAsync(TimeSpan.FromSeconds(60));

        var results = assessment.Results.ToDictionary(r => r.Criterion.Id);
        Assert.Equal(Outcome.Error, results["T-01"].Outcome);
        Assert.Equal(
            "stopped after 10,000,000 steps, the limit for one criterion on one proposal (a step is one call of a lambda, or one item of a list or character of text the rule reads); look for a query nested in a query over the same list.",
            results["T-01"].Error);
        Assert.Equal(Outcome.Met, results["T-02"].Outcome);
        Assert.Equal(Outcome.Met, results["T-03"].Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_LimitReachedOnce_NextCriterionAndNextProposalStartAfresh()
    {
        var pack = LoadPack();
        var evaluator = new ProposalEvaluator(pack);
        var big = ProposalReader.Read("big.yaml", LargeProposal(2_000));
        var small = ProposalReader.Read("small.yaml", LargeProposal(10));

        var first = evaluator.Evaluate(big).Results.ToDictionary(r => r.Criterion.Id);
        var second = evaluator.Evaluate(small).Results.ToDictionary(r => r.Criterion.Id);

        Assert.Equal(Outcome.Error, first["T-01"].Outcome);
        Assert.Equal(Outcome.Met, first["T-02"].Outcome);
        Assert.Equal(Outcome.Met, second["T-01"].Outcome); // 1,000 triples: far below the limit
        Assert.Equal(Outcome.NotMet, second["T-02"].Outcome);
    }

    [Fact]
    public void Evaluate_RuleCalledOutsideTheEvaluator_NotCounted()
    {
        // Tools and tests call a criterion's delegates directly; only the evaluator opens a budget.
        var criterion = LoadPack().Find("T-01")!;
        var proposal = ProposalReader.Read("small.yaml", LargeProposal(10)).Proposal!;

        for (var i = 0; i < 3; i++)
        {
            Assert.True(criterion.Holds(proposal, new Analyzer.Core.Facts.ProposalFacts()));
        }
    }

    [Theory]
    [MemberData(nameof(InstitutionModels))]
    public void Evaluate_ShippedPackOnTheLongestLists_EveryCriterionWellUnderTheLimit(string model)
    {
        // Every list as long as a 1 MiB file could hold it ('[a,a,...]' is 2 bytes an item), all at once: every shipped
        // criterion must be linear in them, or a large but valid proposal would have criteria in error.
        var (longest, longestFacts) = Longest.Value;
        var proposal = longest with { Institution = longest.Institution! with { Model = model } };
        var facts = longestFacts with { InstitutionModel = model };

        var results = ShippedCriteria.Pack.Criteria.Select(c => ProposalEvaluator.Evaluate(c, proposal, facts)).ToList();
        var steps = ShippedCriteria.Pack.Criteria.ToDictionary(c => c.Id, c => StepsTaken(c, proposal, facts));

        Assert.Empty(results.Where(r => r.Outcome == Outcome.Error).Select(r => $"{r.Criterion.Id}: {r.Error}"));
        Assert.Contains(results, r => r.Outcome is Outcome.Met or Outcome.NotMet);
        var costliest = steps.MaxBy(s => s.Value);
        _output.WriteLine($"{model}: costliest {costliest.Key}, {costliest.Value:N0} steps");
        Assert.True(costliest.Value < StepBudget.DefaultLimit / 2, $"{costliest.Key} took {costliest.Value:N0} steps");
    }

    /// <summary>Every expression of a criterion run once in a budget of its own, whatever the outcome would be.</summary>
    private static long StepsTaken(Criterion c, Proposal p, Analyzer.Core.Facts.ProposalFacts f)
    {
        using var budget = StepBudget.Open(long.MaxValue / 4);
        c.Applies?.Invoke(p, f);
        foreach (var when in c.Requires.Select(r => r.When).OfType<Func<Proposal, Analyzer.Core.Facts.ProposalFacts, bool>>())
        {
            when(p, f);
        }
        c.Holds(p, f);
        c.Label?.Invoke(p, f);
        c.Detail?.Invoke(p, f);
        return StepBudget.Used;
    }

    public static TheoryData<string> InstitutionModels() => [.. Vocabulary.InstitutionModels];

    private static readonly Lazy<(Proposal, Analyzer.Core.Facts.ProposalFacts)> Longest = new(() =>
    {
        var proposal = LongestLists(Vocabulary.InstitutionModels[0], items: 524_288, entities: 100_000);
        return (proposal, Analyzer.Core.Facts.FactsBuilder.Build(proposal));
    });

    /// <summary>Every list long, every field stated, values cycling through each vocabulary so every branch is taken.</summary>
    private static Proposal LongestLists(string model, int items, int entities)
    {
        // Each list as long as a 1 MiB file of that list alone could hold: 'items' entries, or fewer if they are long.
        string[] Cycle(params string[][] pools)
        {
            string[] pool = pools.Length == 0 ? ["s"] : [.. pools.SelectMany(p => p), "none", "free text"];
            var list = new List<string>();
            for (long size = 0; list.Count < items && size + pool[list.Count % pool.Length].Length + 1 <= ProposalReader.DefaultSizeLimit;)
            {
                var item = pool[list.Count % pool.Length];
                list.Add(item);
                size += item.Length + 1;
            }
            return [.. list];
        }
        string[] kinds = ["mandated", "private", "ai-system", "mandated", "authorized"];
        var entityList = new List<Entity>
        {
            new() { Id = "people", Kind = "public" },
            new() { Id = "parliament", Kind = "authorized", AuthorizedBy = "people", Authorization = "election" },
        };
        entityList.AddRange(Enumerable.Range(0, entities).Select(i => new Entity
        {
            Id = $"e{i}",
            Kind = kinds[i % kinds.Length],
            Name = $"Entity {i}",
            AuthorizedBy = "people",
            Authorization = Vocabulary.Authorizations[i % Vocabulary.Authorizations.Length],
            MandatedBy = ["parliament"],
            AccountableTo = ["parliament"],
            RevocableBy = i % 7 == 0 ? ["people"] : ["parliament"],
            Transparency = i % 11 == 0 ? ["none"] : ["audits"],
        }));
        return new Proposal
        {
            Format = Vocabulary.FormatV1,
            Id = "longest-lists",
            Title = "Every list as long as it can be",
            Summary = "s",
            Year = 2025,
            Sources = Cycle(),
            Direction = "both",
            Issuer = "e0",
            Entities = [.. entityList],
            Decisions = [.. Enumerable.Range(0, entities).Select(i => new Decision
            {
                Id = $"d{i}",
                By = $"e{(i * 7) % entities}",
                Level = Vocabulary.DecisionLevels[i % Vocabulary.DecisionLevels.Length],
                Ai = Vocabulary.AiRoles[i % Vocabulary.AiRoles.Length],
            })],
            Instrument = new Instrument
            {
                Kind = "standard",
                AiSpecific = true,
                Binding = "non-binding",
                Addressees = "sector",
                Territory = "global",
                Extraterritorial = true,
                Enforcement = Cycle(Vocabulary.Mechanisms),
                ReviewCycleYears = 5,
                SystemScope = "both",
                GpaiProviderObligations = true,
            },
            Lifecycle = Cycle(Vocabulary.Lifecycle),
            Modalities = Cycle(Vocabulary.Modalities),
            Rationales = Cycle(Vocabulary.Rationales),
            Beneficiaries = Cycle(["e0", "industry"]),
            Drafters = Cycle(),
            CostBearers = Cycle(["public", "firms"]),
            IndustryFunded = false,
            Negotiation = new Negotiation { Transparent = true, Participants = Cycle(Vocabulary.Participants) },
            Council = new Council { BindingAuthority = true, Independent = true, MemberSelection = "election", Scope = "multi-firm" },
            DependsOnDominantFirms = false,
            Institution = new Institution
            {
                Model = model,
                Functions = Cycle(Vocabulary.Functions),
                Membership = "multistakeholder",
                Participants = Cycle(Vocabulary.Participants),
                Precedents = Cycle(),
                Challenges = Vocabulary.Challenges.ToDictionary(c => c, c => "an answer"),
            },
            Cooperation = new Cooperation
            {
                Pathway = "hybrid",
                RivalAgreementNeeded = false,
                DecisionRule = "majority",
                LinkedInstitutions = Cycle(["oecd", "un"]),
                Coordination = Cycle(),
                CapacityBuilding = Cycle(),
                ExpertBodies = Cycle(),
                Levels = Cycle(Vocabulary.Levels),
                Implementation = Cycle(Vocabulary.Mechanisms),
                Flexibility = Cycle(Vocabulary.RevisionMechanisms),
                GlobalSouthIncluded = true,
                GapAddressed = "a gap",
                OverlapsWith = Cycle(["oecd", "un"]),
                Spillovers = Cycle(),
            },
        };
    }

    private RulePack LoadPack()
    {
        var (pack, problems) = RulePackLoader.Load(_rules);
        Assert.True(pack is not null, string.Join("\n", problems));
        return pack;
    }

    /// <summary>A valid proposal with <paramref name="entities"/> entities of short ids; 20,000 of them fill about 300 KB.</summary>
    private static byte[] LargeProposal(int entities, int summary = 0)
    {
        var text = new StringBuilder("id: big\ntitle: Many entities\n");
        if (summary > 0)
        {
            text.Append("summary: ").Append('x', summary).Append('\n');
        }
        text.Append("entities:\n");
        for (var i = 0; i < entities; i++)
        {
            text.Append("- {id: e").Append(i).Append("}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quoted(string expression) => System.Text.Json.JsonSerializer.Serialize(expression);

    private const string Properties = """
        {"title": {"en": "T", "zh": "T"}, "explanation": {"en": "E", "zh": "E"}, "remediation": {"en": "R", "zh": "R"},
         "question": {"en": "Q", "zh": "Q"}, "dimension": "legitimacy", "weight": 2, "weightReason": "test",
         "necessity": "contributory", "paper": "erman-furendal-2024", "locator": "the legitimacy chain",
         "provenance": "test pack", "evidence": ["INF"], "requires": []}
        """;
}
