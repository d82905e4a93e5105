package dev.fakegmail.benchmarks.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting for the report: three significant digits, thousands separated by commas. */
final class Format {
    private Format() {
    }

    /** {@code 0.8312 → "0.831"}, {@code 5 → "5.00"}, {@code 137.4 → "137"}, {@code 1912.6 → "1,910"}. */
    static String significant(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(rounded.doubleValue()))));
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(rounded);
    }

    /** A ratio: {@code 15.23 → "15.2×"}. */
    static String ratio(double value) {
        return significant(value) + "×";
    }
}
