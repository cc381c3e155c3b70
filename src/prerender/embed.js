/* placeholder until the loader lands */
window.Anxin = window.Anxin || { routes: __ANXIN_ROUTES__, locales: __ANXIN_LOCALES__ };
