/**
 * Charts for papers and screens, drawn with JFreeChart from the CSV files kosh wrote.
 *
 * <p>{@link kosh.chart.RunCharts} draws a run's charts, {@link kosh.chart.EnsembleCharts}
 * an ensemble's (median and bands over replicates), {@link kosh.chart.ComparisonCharts}
 * a comparison's (paired differences around zero) and {@link kosh.chart.SensitivityChart}
 * a sensitivity analysis's (Morris μ*–σ, Sobol S1/ST). Each chart is written as PNG
 * (300 dpi), SVG and PDF at a {@link kosh.chart.ChartSize}, with the CSV of exactly the
 * numbers it plots and a caption saying what produced it. Nothing here touches the
 * model: any chart can be redrawn from the data next to it.
 */
package kosh.chart;
