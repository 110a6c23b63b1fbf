package kz.certcopy.intake.assembly;

/** Clockwise quarter turns the clerk applied to a page. */
public enum Rotation {
    R0(0), R90(90), R180(180), R270(270);

    private final int degrees;

    Rotation(int degrees) {
        this.degrees = degrees;
    }

    public int degrees() {
        return degrees;
    }

    public boolean quarter() {
        return degrees % 180 != 0;
    }

    public Rotation plus90() {
        return values()[(ordinal() + 1) % 4];
    }

    public static Rotation ofDegrees(int degrees) {
        int d = Math.floorMod(degrees, 360);
        for (Rotation r : values()) {
            if (r.degrees == d) {
                return r;
            }
        }
        throw new IllegalArgumentException("rotation must be a multiple of 90 degrees");
    }
}
