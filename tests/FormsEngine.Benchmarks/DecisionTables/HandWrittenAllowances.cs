namespace FormsEngine.Benchmarks.DecisionTables;

/// <summary>The benchmark tables written by hand as C# if/else chains: the baselines.</summary>
internal static class HandWrittenAllowances
{
    /// <summary>The FIRST table: the amount for the first matching row.</summary>
    public static decimal First(decimal age, string? district, bool alone)
    {
        decimal band;
        if (age < 60)
        {
            band = 0;
        }
        else if (age < 70)
        {
            band = 100;
        }
        else if (age < 80)
        {
            band = 200;
        }
        else if (age < 90)
        {
            band = 300;
        }
        else
        {
            band = 400;
        }

        if (district is "东区" or "西区")
        {
            return alone ? band + 50 : band + 20;
        }

        return district == "南区" ? band + 10 : band;
    }

    /// <summary>The COLLECT SUM table: the sum over every matching row.</summary>
    public static decimal Sum(decimal age, string? district, bool alone)
    {
        decimal sum = 0;
        if (age >= 40 && alone)
        {
            sum += 10;
        }

        if (age >= 43 && district == "东区")
        {
            sum += 11;
        }

        if (age >= 46 && (district is not null && district != "西区"))
        {
            sum += 12;
        }

        if (age >= 49 && district is "南区" or "北区" && alone)
        {
            sum += 13;
        }

        if (age >= 52)
        {
            sum += 14;
        }

        if (age >= 55 && district == "东区")
        {
            sum += 15;
        }

        if (age >= 58 && (district is not null && district != "西区") && alone)
        {
            sum += 16;
        }

        if (age >= 61 && district is "南区" or "北区")
        {
            sum += 17;
        }

        if (age >= 64)
        {
            sum += 18;
        }

        if (age >= 67 && district == "东区" && alone)
        {
            sum += 19;
        }

        if (age >= 70 && (district is not null && district != "西区"))
        {
            sum += 20;
        }

        if (age >= 73 && district is "南区" or "北区")
        {
            sum += 21;
        }

        if (age >= 76 && alone)
        {
            sum += 22;
        }

        if (age >= 79 && district == "东区")
        {
            sum += 23;
        }

        if (age >= 82 && (district is not null && district != "西区"))
        {
            sum += 24;
        }

        if (age >= 85 && district is "南区" or "北区" && alone)
        {
            sum += 25;
        }

        if (age >= 88)
        {
            sum += 26;
        }

        if (age >= 91 && district == "东区")
        {
            sum += 27;
        }

        if (age >= 94 && (district is not null && district != "西区") && alone)
        {
            sum += 28;
        }

        if (age >= 97 && district is "南区" or "北区")
        {
            sum += 29;
        }

        return sum;
    }
}
