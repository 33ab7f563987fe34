package dev.bankstream.scoring.features;

/**
 * One model feature: its name, what it means in plain words and its unit (for reason codes and the model card).
 */
public record FeatureDefinition(String name, String description, Unit unit) {

    /** Stable machine code for reason codes: {@code balance.min.90d} -> {@code BALANCE_MIN_90D}. */
    public String code() {
        StringBuilder code = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == '.') {
                code.append('_');
            } else if (Character.isUpperCase(c)) {
                code.append('_').append(c);
            } else {
                code.append(Character.toUpperCase(c));
            }
        }
        return code.toString();
    }
}
