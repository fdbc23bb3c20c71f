package org.gramscilens;

public final class Main {
    public static void main(String[] args) {
        System.out.println("Gramsci Lens");
    }
}
