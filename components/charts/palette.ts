// Okabe–Ito colours: told apart with the common colour-vision deficiencies. Series are also
// told apart by dash pattern and marker, so colour is never the only cue.
export const palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8F6A00", "#56B4E9", "#000000"] as const;
export const dashes = ["", "6 3", "2 3", "8 3 2 3", "1 4", "10 4"] as const;
