package dev.bankstream.scoring.card;

/** Where training data came from. Quality claims are made on real data only; generated data says so everywhere. */
public enum DataOrigin {
    REAL_BERKA("real Berka (PKDD'99) data"),
    TWM("real twm (Teradata Warehouse Miner) sample data"),
    GENERATED("GENERATED data (synthetic, not evidence of real-world quality)");

    public final String words;

    DataOrigin(String words) {
        this.words = words;
    }
}
