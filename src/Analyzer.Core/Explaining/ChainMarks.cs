using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Explaining;

/// <summary>
/// Puts each criterion's result where it names the chain: a not-met finding on the entities and decisions its detail
/// names (a chain gap, <c>agency.mandatedBy -> board (private)</c>, on the entity whose link it is), a not-stated one on
/// the entity or decision whose field is missing (<c>entities[board].revocableBy</c>). Nothing is judged again here:
/// the marks are read from the results the rule pack gave.
/// </summary>
internal static class ChainMarks
{
    /// <summary>The paper whose chain is drawn: its failing or unstated criteria are listed even when they name no entity.</summary>
    public const string ChainPaper = "erman-furendal-2024";

    private const string Separator = ", "; // how the pack's detail expressions join the names (string.Join(", ", ...))

    public static IReadOnlyList<ChainKeyEntry> Apply(Assessment assessment, IReadOnlyList<ChainEntity> entities, IReadOnlyList<ChainDecision> decisions)
    {
        var byId = entities.DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var key = new List<ChainKeyEntry>();
        foreach (var result in assessment.Results)
        {
            List<string> unplacedFields = [], unplacedNames = [];
            var placed = result.Outcome switch
            {
                Outcome.NotMet when result.Detail is { Length: > 0 } detail => PlaceDetail(result, detail, byId, decisions, unplacedNames),
                Outcome.NotStated => PlaceMissing(result, byId, decisions, unplacedFields),
                _ => false,
            };
            var chainLevel = result.Criterion.Paper == ChainPaper && result.Criterion.IsScored
                && result.Outcome is Outcome.NotMet or Outcome.NotStated or Outcome.Error;
            if (placed || chainLevel)
            {
                key.Add(new ChainKeyEntry(result, placed, unplacedFields, unplacedNames));
            }
        }
        return key;
    }

    /// <summary>The detail is the pack's list of names: entity ids, decision ids (free text), or chain gaps.</summary>
    private static bool PlaceDetail(CriterionResult result, string detail, Dictionary<string, ChainEntity> byId,
        IReadOnlyList<ChainDecision> decisions, List<string> unplaced)
    {
        var placed = false;
        var accounted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in detail.Split(Separator))
        {
            // A gap starts with the id of the entity whose link it is; entity ids hold no '.', so the first one ends it.
            var dot = item.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && byId.TryGetValue(item[..dot], out var entity) && !decisions.Any(d => d.Decision.Id == item))
            {
                Mark(entity._marks, new ChainMark(result.Criterion, Outcome.NotMet, Gap: item[(dot + 1)..]));
                accounted.Add(item);
                placed = true;
            }
        }
        foreach (var entity in byId.Values.Where(e => Names(detail, e.Id)))
        {
            Mark(entity._marks, new ChainMark(result.Criterion, Outcome.NotMet));
            accounted.Add(entity.Id);
            placed = true;
        }
        // A decision id is free text and may itself hold ", ": it is looked for whole in the list, not among the pieces.
        foreach (var decision in decisions.Where(d => d.Decision.Id is { } id && Names(detail, id)))
        {
            Mark(decision._marks, new ChainMark(result.Criterion, Outcome.NotMet));
            accounted.UnionWith(decision.Decision.Id!.Split(Separator));
            placed = true;
        }
        unplaced.AddRange(detail.Split(Separator).Where(item => !accounted.Contains(item)).Distinct());
        return placed;
    }

    private static bool PlaceMissing(CriterionResult result, Dictionary<string, ChainEntity> byId,
        IReadOnlyList<ChainDecision> decisions, List<string> unplaced)
    {
        var placed = false;
        foreach (var path in result.MissingFields)
        {
            if (Entity(path, byId) is var (entity, entityField))
            {
                Mark(entity._marks, new ChainMark(result.Criterion, Outcome.NotStated, Field: entityField));
                placed = true;
                continue;
            }
            var named = Decisions(path, decisions);
            foreach (var (decision, field) in named)
            {
                Mark(decision._marks, new ChainMark(result.Criterion, Outcome.NotStated, Field: field));
                placed = true;
            }
            if (named.Count == 0)
            {
                unplaced.Add(path);
            }
        }
        return placed;
    }

    /// <summary><c>entities[ID].field</c>: entity ids are checked by the validator, so they hold no ']' or '.'.</summary>
    private static (ChainEntity, string)? Entity(string path, Dictionary<string, ChainEntity> byId)
    {
        const string Prefix = "entities[";
        var close = path.IndexOf("].", StringComparison.Ordinal);
        return path.StartsWith(Prefix, StringComparison.Ordinal) && close > Prefix.Length
            && byId.TryGetValue(path[Prefix.Length..close], out var entity)
            ? (entity, path[(close + 2)..])
            : null;
    }

    /// <summary>
    /// <c>decisions[ID].field</c>, where ID is the decision's id (free text, so matched whole: the longest id that fits), or
    /// for a decision without one its position (the rules' paths) or '?' (the facts').
    /// </summary>
    private static List<(ChainDecision, string)> Decisions(string path, IReadOnlyList<ChainDecision> decisions)
    {
        const string Prefix = "decisions[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return [];
        }
        var rest = path[Prefix.Length..];
        var byId = decisions.Where(d => d.Decision.Id is { } id && rest.StartsWith(id + "].", StringComparison.Ordinal))
            .OrderByDescending(d => d.Decision.Id!.Length).Take(1);
        var byPosition = decisions.Where(d => d.Decision.Id is null
            && (rest.StartsWith(d.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].", StringComparison.Ordinal)
                || rest.StartsWith("?].", StringComparison.Ordinal)));
        return [.. byId.Concat(byPosition).Select(d =>
        {
            var close = rest.IndexOf("].", (d.Decision.Id?.Length ?? 0), StringComparison.Ordinal);
            return (d, rest[(close + 2)..]);
        })];
    }

    /// <summary>Whether a name is one whole item of a list joined with ", ".</summary>
    private static bool Names(string list, string name) =>
        name.Length > 0 && (list == name
            || list.StartsWith(name + Separator, StringComparison.Ordinal)
            || list.EndsWith(Separator + name, StringComparison.Ordinal)
            || list.Contains(Separator + name + Separator, StringComparison.Ordinal));

    private static void Mark(List<ChainMark> marks, ChainMark mark)
    {
        if (!marks.Contains(mark))
        {
            marks.Add(mark);
        }
    }
}
