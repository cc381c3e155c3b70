//! Small reusable pieces of the interface. Each takes what it shows as props and styles
//! itself from the theme.

pub mod icon;
pub mod language_switch;
pub mod nav_tile;
pub mod notices;
pub mod toggle_switch;
pub mod top_bar;
pub mod view_link;
