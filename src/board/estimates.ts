// Latency and energy ESTIMATES from retired instructions (not measurements): an ESP32-C3-class
// RV32IMC core at 160 MHz, CPI 1 assumed, and the datasheet's active current.

/** Assumptions of the estimates (not measurements): an ESP32-C3-class RV32IMC core. */
export const ESTIMATE = {
  clockHz: 160e6,
  cpi: 1,
  activeCurrentA: 0.02,
  supplyV: 3.3,
} as const;

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Estimated latency and energy per item from instruction counts, with the assumptions spelled out. */
export function estimate(instretMedian: number, instretP95: number, loadInstret: number) {
  const usPerInstr = ESTIMATE.cpi / (ESTIMATE.clockHz / 1e6);
  const watts = ESTIMATE.activeCurrentA * ESTIMATE.supplyV;
  return {
    note:
      `ESTIMATES, not measurements: latency = instret / ${ESTIMATE.clockHz / 1e6} MHz assuming CPI ${ESTIMATE.cpi} ` +
      `(no cache or flash wait states); energy = latency x ${ESTIMATE.activeCurrentA * 1000} mA x ${ESTIMATE.supplyV} V ` +
      `(ESP32-C3 datasheet active current at 160 MHz, about 20 mA)`,
    latency_us_median: round(instretMedian * usPerInstr, 1),
    latency_us_p95: round(instretP95 * usPerInstr, 1),
    energy_uj_median: round(instretMedian * usPerInstr * watts, 2),
    energy_uj_p95: round(instretP95 * usPerInstr * watts, 2),
    load_latency_ms: round((loadInstret * usPerInstr) / 1000, 2),
  };
}
