using Analyzer.Core.Rules;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// One dimension of a sensitivity analysis: the ranking under the pack's weights, and what each sample did to it.
/// Samples may run on any thread: each writes only its own slots, and verdict changes are counted atomically.
/// </summary>
internal sealed class DimensionRun
{
    private const int Codes = SensitivityAnalysis.Codes;

    private readonly int _dimension;
    private readonly Rescorer _rescorer;
    private readonly int _samples;
    private readonly double?[] _score;    // by proposal, under the pack's weights
    private readonly Verdict[] _verdict;  // by proposal, under the pack's weights
    private readonly int[] _ranked;       // the proposals with a score, in input order
    private readonly int[] _reference;    // their codes under the pack's weights
    private readonly int[] _rank;         // their ranks under the pack's weights
    private readonly KendallTau _tau;
    private readonly short[] _codes;      // [ranked * samples + sample]
    private readonly int[] _higher;       // [sample * Codes + code]: how many ranked proposals score higher in that sample
    private readonly double?[] _taus;     // by sample
    private readonly int[] _verdictChanges; // by ranked proposal

    public DimensionRun(int dimension, Rescorer rescorer, int proposals, int samples)
    {
        _dimension = dimension;
        _rescorer = rescorer;
        _samples = samples;
        var weights = rescorer.PackWeights.ToArray();
        var scores = Enumerable.Range(0, proposals).Select(p => rescorer.Score(dimension, p, weights)).ToArray();
        _score = [.. scores.Select(s => s.Score)];
        _verdict = [.. scores.Select(s => s.Verdict)];
        _ranked = [.. Enumerable.Range(0, proposals).Where(p => _score[p] is not null)];
        _reference = [.. _ranked.Select(p => SensitivityAnalysis.Code(_score[p]!.Value))];
        _rank = Ranks(_reference);
        _tau = new KendallTau(_reference, Codes);
        _codes = new short[(long)_ranked.Length * samples];
        _higher = new int[(long)samples * Codes];
        _taus = new double?[samples];
        _verdictChanges = new int[_ranked.Length];
    }

    public Dimension Dimension => Rescorer.Dimensions[_dimension];

    /// <summary>Rescores the ranked proposals under one sample's weights and compares the ranking.</summary>
    public void Sample(int sample, double[] weights)
    {
        var codes = new int[_ranked.Length];
        for (var r = 0; r < _ranked.Length; r++)
        {
            var (score, verdict) = _rescorer.Score(_dimension, _ranked[r], weights);
            codes[r] = SensitivityAnalysis.Code(score ?? throw new InvalidOperationException("A positive weighting scores what the pack's weights score."));
            _codes[((long)r * _samples) + sample] = (short)codes[r];
            if (verdict != _verdict[_ranked[r]])
            {
                Interlocked.Increment(ref _verdictChanges[r]);
            }
        }
        SensitivityAnalysis.CountHigher(codes, _higher.AsSpan(sample * Codes, Codes));
        _taus[sample] = Tau(codes);
    }

    /// <summary>Tau-b of the ranking under <paramref name="weights"/>, and the largest change of a proposal's rank.</summary>
    public (double? Tau, int LargestRankShift) Compare(double[] weights)
    {
        var codes = _ranked.Select(p => SensitivityAnalysis.Code(_rescorer.Score(_dimension, p, weights).Score!.Value)).ToArray();
        var ranks = Ranks(codes);
        var shift = ranks.Select((rank, r) => Math.Abs(rank - _rank[r])).DefaultIfEmpty(0).Max();
        return (Tau(codes), shift);
    }

    public ProposalSensitivity Row(AssessedProposal proposal, int index)
    {
        var row = new ProposalSensitivity { Proposal = proposal, Dimension = Dimension, Score = _score[index], Verdict = _verdict[index] };
        var r = Array.BinarySearch(_ranked, index);
        if (r < 0)
        {
            return row; // no score, so not ranked
        }
        var codes = _codes.AsSpan((int)((long)r * _samples), _samples);
        var ranks = new int[_samples];
        for (var s = 0; s < _samples; s++)
        {
            ranks[s] = 1 + _higher[(s * Codes) + codes[s]];
        }
        var sorted = codes.ToArray();
        Array.Sort(sorted);
        Array.Sort(ranks);
        return row with
        {
            Rank = _rank[r],
            ScoreP5 = Percentile.NearestRank<short>(sorted, 5) / 10.0,
            ScoreP95 = Percentile.NearestRank<short>(sorted, 95) / 10.0,
            RankP5 = Percentile.NearestRank<int>(ranks, 5),
            RankP95 = Percentile.NearestRank<int>(ranks, 95),
            VerdictChanges = _verdictChanges[r],
        };
    }

    public DimensionSensitivity Summary()
    {
        var changing = _verdictChanges.Count(c => c > 0);
        if (!_tau.IsDefined)
        {
            return new DimensionSensitivity(Dimension, _ranked.Length, null, null, changing);
        }
        var taus = _taus.Select(t => t!.Value).ToArray();
        var mean = 0.0;
        foreach (var tau in taus)
        {
            mean += tau; // in sample order, so the mean is the same bytes whatever the jobs
        }
        Array.Sort(taus);
        return new DimensionSensitivity(Dimension, _ranked.Length, mean / taus.Length, Percentile.NearestRank<double>(taus, 5), changing);
    }

    // A sample in which every proposal ties keeps nothing of the reference's order: it counts as 0, not as missing.
    private double? Tau(int[] codes) => _tau.IsDefined ? _tau.Against(codes) ?? 0 : null;

    private static int[] Ranks(int[] codes)
    {
        var higher = new int[Codes];
        SensitivityAnalysis.CountHigher(codes, higher);
        return [.. codes.Select(c => 1 + higher[c])];
    }
}
