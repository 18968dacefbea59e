using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// AI use read from the decisions, whatever the declared direction says (criteria.md §6.3 step B): who takes each
/// decision (its traced class), at what level, and what role an AI system plays in it.
/// </summary>
public sealed class DecisionFacts
{
    private static readonly string[] PoliticalLevels = ["goal-setting", "lawmaking", "policy"];

    private readonly Proposal _proposal;
    private readonly AuthorizationGraph _graph;

    public DecisionFacts(Proposal proposal, AuthorizationGraph graph)
    {
        _proposal = proposal;
        _graph = graph;
        Stated = proposal.Decisions is null ? Known.Unknown("decisions") : Known.True;
    }

    /// <summary>Known once the proposal lists its decisions (an empty list is a statement).</summary>
    public Known Stated { get; }

    /// <summary>Some decision uses AI: its maker is an AI system, or an AI system supports or takes it.</summary>
    public Known UsesAi(List<string>? which = null) => Any(UsesAi, which);

    /// <summary>EF-14: an AI system takes a decision, or decides at goal-setting, lawmaking or policy level.</summary>
    public Known Outsourced(List<string> which) => Any(d => By(d, EntityClass.AiSystem) | Ai(d, "decides") & Political(d), which);

    /// <summary>EF-13: a traced authorized entity uses AI in a decision it takes itself.</summary>
    public Known AuthorizedUsesAi(List<string> which) => Any(d => By(d, EntityClass.Authorized) & Ai(d, "support", "decides"), which);

    /// <summary>EF-12: every use of AI is support in a decision of a traced mandated entity (mode 5).</summary>
    public Known AiUseUnderMandate(List<string> which) => All(d => !UsesAi(d) | By(d, EntityClass.Mandated) & Ai(d, "support"), which);

    /// <summary>The entity takes a decision at goal-setting, lawmaking or policy level: it makes policy.</summary>
    public Known MakesPolicy(string entity) =>
        Any(d => d.By is null ? Known.Unknown(Field(d, "by")) & Political(d) : d.By == entity ? Political(d) : Known.False, null);

    /// <summary>
    /// EF-17: a mandated, private or AI body sets the goals of AI development without an authorizing act, i.e. no
    /// authorized entity of its own chain takes a lawmaking or goal-setting decision in the design.
    /// </summary>
    public Known GoalsSetWithoutAuthorization(List<string> which)
    {
        var acts = new AuthorizingActs(_proposal.Decisions ?? []);
        return Any(d =>
        {
            var goalSetting = Known.In(d.Level, Field(d, "level"), "goal-setting");
            if (goalSetting.Value == false)
            {
                return goalSetting;
            }
            var maker = _graph.Trace(d.By, Field(d, "by"));
            return goalSetting & maker.Class switch
            {
                null => Known.Unknown(maker.Missing),
                EntityClass.Public or EntityClass.Authorized => Known.False,
                EntityClass.Mandated => !acts.TakenBy(maker.Roots),
                _ => Known.True,
            };
        }, which);
    }

    private Known UsesAi(Decision d) => By(d, EntityClass.AiSystem) | Ai(d, "support", "decides");

    private Known By(Decision d, EntityClass c) => _graph.Trace(d.By, Field(d, "by")).Is(c);

    private static Known Ai(Decision d, params string[] roles) => Known.In(d.Ai, Field(d, "ai"), roles);

    private static Known Political(Decision d) => Known.In(d.Level, Field(d, "level"), PoliticalLevels);

    /// <summary>Kleene "some decision"; every decision is checked so that <paramref name="which"/> names each one that holds.</summary>
    private Known Any(Func<Decision, Known> test, List<string>? which) => Each(test, which, Known.Any, named: true);

    /// <summary>Kleene "every decision"; <paramref name="which"/> names each decision that fails.</summary>
    private Known All(Func<Decision, Known> test, List<string>? which) => Each(test, which, Known.All, named: false);

    private Known Each(Func<Decision, Known> test, List<string>? which, Func<IEnumerable<Known>, Known> combine, bool named)
    {
        if (_proposal.Decisions is null)
        {
            return Stated;
        }
        var results = _proposal.Decisions.Select(d => (Decision: d, Result: test(d))).ToList();
        which?.AddRange(results.Where(r => r.Result.Value == named).Select(r => r.Decision.Id ?? "?"));
        return combine(results.Select(r => r.Result));
    }

    private static string Field(Decision d, string field) => $"decisions[{d.Id ?? "?"}].{field}";

    /// <summary>
    /// Who takes a lawmaking or goal-setting decision, indexed once: asking it for each goal-setting decision was a
    /// pass over every decision each time, and 10,000 decisions in a valid file took 15 s.
    /// </summary>
    private sealed class AuthorizingActs
    {
        private static readonly string[] Levels = ["lawmaking", "goal-setting"];

        private readonly HashSet<string> _takers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(int Index, string Field)>> _levelUnstated = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Known> _byRoots = new(StringComparer.Ordinal);

        public AuthorizingActs(Decision[] decisions)
        {
            for (var i = 0; i < decisions.Length; i++)
            {
                var act = decisions[i];
                if (act.By is null)
                {
                    continue;
                }
                if (act.Level is null)
                {
                    (_levelUnstated.TryGetValue(act.By, out var fields) ? fields : _levelUnstated[act.By] = []).Add((i, Field(act, "level")));
                }
                else if (Levels.Contains(act.Level, StringComparer.Ordinal))
                {
                    _takers.Add(act.By);
                }
            }
        }

        /// <summary>
        /// Some entity among <paramref name="roots"/> takes a lawmaking or goal-setting decision; unknown, naming the
        /// levels left out, when only a decision of theirs with no level could be one.
        /// </summary>
        public Known TakenBy(IReadOnlySet<string> roots)
        {
            if (roots.Any(_takers.Contains))
            {
                return Known.True;
            }
            if (_levelUnstated.Count == 0)
            {
                return Known.False;
            }
            // Chains that share their roots share one list of missing levels, so folding many of them stays linear.
            var ordered = roots.Order(StringComparer.Ordinal).ToList();
            var key = string.Join('\n', ordered);
            if (_byRoots.TryGetValue(key, out var known))
            {
                return known;
            }
            known = ordered.SelectMany(r => _levelUnstated.GetValueOrDefault(r) ?? []).OrderBy(u => u.Index).Select(u => u.Field).ToArray()
                is { Length: > 0 } missing ? Known.Unknown(missing) // in decision order, as the file lists them
                : Known.False;
            _byRoots[key] = known;
            return known;
        }
    }
}
