package dev.okr.domain.progress;

import java.util.List;

/** Turns the weights people type (105, 120, some left empty) into shares summing to 1. */
public final class Weights {

  private Weights() {
  }

  /**
   * Shares in the order given. A missing or negative weight counts as the mean of the positive
   * weights given; without any, all count equally. An empty list gives an empty array.
   */
  public static double[] normalised(List<Double> weights) {
    int n = weights.size();
    double[] shares = new double[n];
    if (n == 0) {
      return shares;
    }
    double given = 0;
    int count = 0;
    for (Double w : weights) {
      if (w != null && w > 0) {
        given += w;
        count++;
      }
    }
    double fallback = count == 0 ? 1 : given / count;
    double total = 0;
    for (int i = 0; i < n; i++) {
      Double w = weights.get(i);
      if (w == null || w < 0) {
        shares[i] = fallback;
      } else {
        shares[i] = count == 0 ? 1 : w;
      }
      total += shares[i];
    }
    for (int i = 0; i < n; i++) {
      shares[i] = total == 0 ? 1.0 / n : shares[i] / total;
    }
    return shares;
  }
}
