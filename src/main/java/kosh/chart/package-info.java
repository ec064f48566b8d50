/**
 * Charts of a run, drawn with JFreeChart from the CSV files the run wrote.
 *
 * <p>{@link kosh.chart.RunCharts} is the entry point: it reads
 * {@code timeseries.csv}, {@code belonging.csv} and {@code events.csv} from a
 * run folder and writes {@code flows}, {@code stocks}, {@code belonging},
 * {@code quota} and {@code dzhut} as PNG and SVG beside them. Nothing here
 * touches the model: any chart can be redrawn from the data next to it.
 */
package kosh.chart;
