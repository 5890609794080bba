// The floor in the site's route shape: the same minimal page as bench/floor, but at
// /[locale]/[document], prerendered from generateStaticParams and revalidated hourly like the site's
// pages. What separates it from bench/floor is the framework's cost of that shape; what separates the
// site from it is the site's own.
export default function RootLayout({children}) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
